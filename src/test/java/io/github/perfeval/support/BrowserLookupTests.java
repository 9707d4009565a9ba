package io.github.perfeval.support;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.perfeval.support.BrowserLookup.Fail;
import io.github.perfeval.support.BrowserLookup.Outcome;
import io.github.perfeval.support.BrowserLookup.Skip;
import io.github.perfeval.support.BrowserLookup.Use;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser lookup on made-up machines: properties, environment and the executables on
 * the file system are the test's.
 */
class BrowserLookupTests {

	private static final Path LOCAL = Path.of("/opt/chromium/chrome");

	private static final Path LOCAL_DRIVER = Path.of("/opt/chromium/chromedriver");

	private static final Function<String, String> NO_PROPERTIES = name -> null;

	private static Predicate<Path> executables(String... paths) {
		Set<Path> files = new java.util.HashSet<>();
		for (String path : paths) {
			files.add(Path.of(path));
		}
		return files::contains;
	}

	private static Map<String, String> env(String... pairs) {
		Map<String, String> env = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			env.put(pairs[i], pairs[i + 1]);
		}
		return env;
	}

	private static String path(String... directories) {
		return String.join(File.pathSeparator, directories);
	}

	@Test
	void aConfiguredPathWinsOverThePathAndUsrBin() {
		Function<String, String> properties = Map.of(BrowserLookup.CHROMIUM_PROPERTY, LOCAL.toString(),
				BrowserLookup.CHROMEDRIVER_PROPERTY, LOCAL_DRIVER.toString())::get;
		Outcome outcome = BrowserLookup.lookup(properties, env("PATH", path("/usr/local/bin", "/usr/bin")),
				executables(LOCAL.toString(), LOCAL_DRIVER.toString(), "/usr/local/bin/chromium",
						"/usr/local/bin/chromedriver", "/usr/bin/chromium", "/usr/bin/chromedriver"));
		assertThat(outcome)
			.isEqualTo(new Use(LOCAL, LOCAL_DRIVER, "Chromium /opt/chromium/chrome (-Dperfeval.browser.chromium), "
					+ "chromedriver /opt/chromium/chromedriver (-Dperfeval.browser.chromedriver)"));
	}

	@Test
	void theEnvironmentVariablesConfigureWhenNoPropertyDoes() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES,
				env("CHROME_BIN", LOCAL.toString(), "CHROMEDRIVER", LOCAL_DRIVER.toString(), "PATH", "/usr/bin"),
				executables(LOCAL.toString(), LOCAL_DRIVER.toString(), "/usr/bin/chromium", "/usr/bin/chromedriver"));
		assertThat(outcome).isInstanceOfSatisfying(Use.class, use -> {
			assertThat(use.chromium()).isEqualTo(LOCAL);
			assertThat(use.chromedriver()).isEqualTo(LOCAL_DRIVER);
			assertThat(use.how()).contains("(CHROME_BIN)", "(CHROMEDRIVER)");
		});
	}

	@Test
	void theSystemPropertyWinsOverTheEnvironmentVariable() {
		Function<String, String> properties = Map.of(BrowserLookup.CHROMIUM_PROPERTY, LOCAL.toString())::get;
		Outcome outcome = BrowserLookup.lookup(properties, env("CHROME_BIN", "/elsewhere/chrome", "PATH", "/usr/bin"),
				executables(LOCAL.toString(), "/elsewhere/chrome", "/usr/bin/chromedriver"));
		assertThat(outcome).isInstanceOfSatisfying(Use.class, use -> assertThat(use.chromium()).isEqualTo(LOCAL));
	}

	@Test
	void thePathIsSearchedInOrderForEachName() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES,
				env("PATH", path("/home/me/bin", "/snap/bin", "/usr/bin")),
				executables("/snap/bin/chromium-browser", "/home/me/bin/google-chrome", "/home/me/bin/chromedriver",
						"/usr/bin/chromium", "/usr/bin/chromedriver"));
		assertThat(outcome).isInstanceOfSatisfying(Use.class, use -> {
			assertThat(use.chromium()).isEqualTo(Path.of("/home/me/bin/google-chrome"));
			assertThat(use.chromedriver()).isEqualTo(Path.of("/home/me/bin/chromedriver"));
			assertThat(use.how()).contains("(PATH)");
		});
	}

	@Test
	void chromiumBeforeChromiumBrowserBeforeGoogleChromeInOneDirectory() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES, env("PATH", "/usr/local/bin"), executables(
				"/usr/local/bin/google-chrome", "/usr/local/bin/chromium-browser", "/usr/local/bin/chromedriver"));
		assertThat(outcome).isInstanceOfSatisfying(Use.class,
				use -> assertThat(use.chromium()).isEqualTo(Path.of("/usr/local/bin/chromium-browser")));
	}

	@Test
	void debiansUsrBinAndUsrLibChromiumAreTheFallbacksWithoutAPath() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES, env(),
				executables("/usr/lib/chromium/chromium", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
		assertThat(outcome).isEqualTo(new Use(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromedriver"),
				"Chromium /usr/lib/chromium/chromium, chromedriver /usr/bin/chromedriver"));
	}

	@Test
	void noBrowserAnywhereIsSkippedOutsideCiWithOneLineSayingHowToEnable() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES, env("PATH", "/usr/local/bin:/usr/bin"), executables());
		assertThat(outcome).isInstanceOfSatisfying(Skip.class, skip -> {
			assertThat(skip.message()).startsWith("Browser tests SKIPPED: no Chromium found")
				.contains("no chromedriver found", "chromium/chromium-browser/google-chrome on the PATH",
						"/usr/bin/chromium", "To run them: apt-get install chromium chromium-driver")
				.doesNotContain("\n");
		});
	}

	@Test
	void aMissingDriverAloneIsNamed() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES, env(), executables("/usr/bin/chromium"));
		assertThat(outcome).isInstanceOfSatisfying(Skip.class,
				skip -> assertThat(skip.message()).contains("no chromedriver found").doesNotContain("no Chromium"));
	}

	@Test
	void noBrowserUnderCiTrueIsAFailureNeverASkip() {
		Outcome outcome = BrowserLookup.lookup(NO_PROPERTIES, env("CI", "true", "PATH", "/usr/bin"), executables());
		assertThat(outcome).isInstanceOfSatisfying(Fail.class,
				fail -> assertThat(fail.message())
					.startsWith("Browser tests cannot run under CI=true: no Chromium found")
					.contains("apt-get install chromium chromium-driver"));
	}

	@Test
	void ciOtherThanTrueStillSkips() {
		assertThat(BrowserLookup.lookup(NO_PROPERTIES, env("CI", "false"), executables())).isInstanceOf(Skip.class);
	}

	@Test
	void aConfiguredPathThatIsNotThereIsMissingAndNotReplacedByThePath() {
		Function<String, String> properties = Map.of(BrowserLookup.CHROMEDRIVER_PROPERTY, "/nowhere/chromedriver")::get;
		Outcome outcome = BrowserLookup.lookup(properties, env("PATH", "/usr/bin"),
				executables("/usr/bin/chromium", "/usr/bin/chromedriver"));
		assertThat(outcome).isInstanceOfSatisfying(Skip.class, skip -> assertThat(skip.message()).contains(
				"chromedriver configured as -Dperfeval.browser.chromedriver=/nowhere/chromedriver is not an executable file"));
		assertThat(BrowserLookup.lookup(properties, env("PATH", "/usr/bin", "CI", "true"),
				executables("/usr/bin/chromium", "/usr/bin/chromedriver")))
			.isInstanceOf(Fail.class);
	}

}

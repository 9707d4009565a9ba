package io.github.perfeval.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the browser tests find Chromium and its chromedriver, and what happens when they
 * are missing. For each of the two, in this order:
 * <ol>
 * <li>a configured path: system property ({@code perfeval.browser.chromium},
 * {@code perfeval.browser.chromedriver}), else environment variable ({@code CHROME_BIN},
 * {@code CHROMEDRIVER}); a configured path that is not an executable file counts as
 * missing, it is never silently replaced;</li>
 * <li>the {@code PATH}: {@code chromium}, {@code chromium-browser},
 * {@code google-chrome}; {@code chromedriver};</li>
 * <li>Debian's places: {@code /usr/bin}, {@code /usr/lib/chromium/}.</li>
 * </ol>
 * When either is missing the browser tests are skipped with one line saying how to enable
 * them, except under {@code CI=true}, where that is a failure.
 * {@link #lookup(Function, Map, Predicate)} is pure: the system properties, the
 * environment (with {@code PATH} and {@code CI}) and the file-system probe are its
 * parameters.
 */
public final class BrowserLookup {

	public static final String CHROMIUM_PROPERTY = "perfeval.browser.chromium";

	public static final String CHROMEDRIVER_PROPERTY = "perfeval.browser.chromedriver";

	public static final String CHROMIUM_ENV = "CHROME_BIN";

	public static final String CHROMEDRIVER_ENV = "CHROMEDRIVER";

	public static final String HOW_TO_ENABLE = "apt-get install chromium chromium-driver";

	static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser", "google-chrome");

	static final List<Path> CHROMIUM_FALLBACKS = List.of(Path.of("/usr/bin/chromium"),
			Path.of("/usr/lib/chromium/chromium"));

	static final List<Path> CHROMEDRIVER_FALLBACKS = List.of(Path.of("/usr/bin/chromedriver"),
			Path.of("/usr/lib/chromium/chromedriver"));

	private BrowserLookup() {
	}

	/** What the browser tests do. */
	public sealed interface Outcome permits Use, Skip, Fail {

	}

	/**
	 * Run the browser tests with these executables; {@code how} says where they came
	 * from.
	 */
	public record Use(Path chromium, Path chromedriver, String how) implements Outcome {

	}

	/**
	 * Skip the browser tests: {@code message} is the one line that says why and how to
	 * enable them.
	 */
	public record Skip(String message) implements Outcome {

	}

	/** Under CI a missing browser fails the browser tests with {@code message}. */
	public record Fail(String message) implements Outcome {

	}

	/** The lookup on this machine: JVM system properties, environment, file system. */
	public static Outcome onThisMachine() {
		return lookup(System::getProperty, System.getenv(), BrowserLookup::isExecutableFile);
	}

	/**
	 * The lookup itself.
	 * @param properties system properties by name (null when unset)
	 * @param env the environment: {@code PATH}, {@code CI} and the configuration
	 * variables
	 * @param executable whether a path is an executable file
	 */
	public static Outcome lookup(Function<String, String> properties, Map<String, String> env,
			Predicate<Path> executable) {
		List<Path> path = pathDirectories(env.get("PATH"));
		Found chromium = find("Chromium", configured(properties, CHROMIUM_PROPERTY, env, CHROMIUM_ENV), CHROMIUM_NAMES,
				CHROMIUM_FALLBACKS, path, executable);
		Found chromedriver = find("chromedriver", configured(properties, CHROMEDRIVER_PROPERTY, env, CHROMEDRIVER_ENV),
				List.of("chromedriver"), CHROMEDRIVER_FALLBACKS, path, executable);
		if (chromium.path().isPresent() && chromedriver.path().isPresent()) {
			return new Use(chromium.path().get(), chromedriver.path().get(),
					chromium.how() + ", " + chromedriver.how());
		}
		List<String> problems = new ArrayList<>();
		if (chromium.path().isEmpty()) {
			problems.add(chromium.how());
		}
		if (chromedriver.path().isEmpty()) {
			problems.add(chromedriver.how());
		}
		String missing = String.join("; ", problems);
		String enable = "To run them: " + HOW_TO_ENABLE + " (or set " + CHROMIUM_PROPERTY + " / "
				+ CHROMEDRIVER_PROPERTY + ", or " + CHROMIUM_ENV + " / " + CHROMEDRIVER_ENV + ").";
		if ("true".equalsIgnoreCase(String.valueOf(env.get("CI")).strip())) {
			return new Fail("Browser tests cannot run under CI=true: " + missing + ". " + enable);
		}
		return new Skip("Browser tests SKIPPED: " + missing + ". " + enable);
	}

	private record Configured(String source, String value) {

	}

	private record Found(Optional<Path> path, String how) {

	}

	private static Optional<Configured> configured(Function<String, String> properties, String property,
			Map<String, String> env, String variable) {
		String value = properties.apply(property);
		if (value != null && !value.isBlank()) {
			return Optional.of(new Configured("-D" + property, value.strip()));
		}
		value = env.get(variable);
		if (value != null && !value.isBlank()) {
			return Optional.of(new Configured(variable, value.strip()));
		}
		return Optional.empty();
	}

	private static Found find(String what, Optional<Configured> configured, List<String> names, List<Path> fallbacks,
			List<Path> path, Predicate<Path> executable) {
		if (configured.isPresent()) {
			Configured given = configured.get();
			Optional<Path> file = toPath(given.value()).filter(executable);
			return file.map(p -> new Found(Optional.of(p), what + " " + p + " (" + given.source() + ")"))
				.orElseGet(() -> new Found(Optional.empty(), what + " configured as " + given.source() + "="
						+ given.value() + " is not an executable file"));
		}
		for (Path directory : path) {
			for (String name : names) {
				Path candidate = directory.resolve(name);
				if (executable.test(candidate)) {
					return new Found(Optional.of(candidate), what + " " + candidate + " (PATH)");
				}
			}
		}
		for (Path candidate : fallbacks) {
			if (executable.test(candidate)) {
				return new Found(Optional.of(candidate), what + " " + candidate);
			}
		}
		List<String> places = new ArrayList<>();
		places.add(String.join("/", names) + " on the PATH");
		fallbacks.forEach(p -> places.add(p.toString()));
		return new Found(Optional.empty(), "no " + what + " found (looked for " + String.join(", ", places) + ")");
	}

	static List<Path> pathDirectories(String path) {
		List<Path> directories = new ArrayList<>();
		if (path == null) {
			return directories;
		}
		for (String entry : path.split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				toPath(entry).ifPresent(directories::add);
			}
		}
		return directories;
	}

	private static Optional<Path> toPath(String value) {
		try {
			return Optional.of(Path.of(value));
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
	}

	static boolean isExecutableFile(Path path) {
		return Files.isRegularFile(path) && Files.isExecutable(path);
	}

}

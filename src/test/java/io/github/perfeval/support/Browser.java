package io.github.perfeval.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through its chromedriver, both where {@link BrowserLookup}
 * finds them (explicit paths, so Selenium Manager never tries the network), at the
 * 1366×768 the pages are designed for.
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;

	public Browser() {
		if (!(BrowserLookup.onThisMachine() instanceof BrowserLookup.Use found)) {
			throw new IllegalStateException("No Chromium here: use Browser in a @BrowserTest, which is skipped then");
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(found.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(found.chromium().toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1366,768", "--lang=zh-CN");
		// The console (CSP violations among it) for
		// driver().manage().logs().get("browser").
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		this.driver = new ChromeDriver(service, options);
	}

	public WebDriver driver() {
		return driver;
	}

	/** Signs in on the login page of the application at {@code base} and waits for 首页. */
	public void logIn(String base, String username, String password) {
		driver.get(base + "/login");
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waiting().until(ExpectedConditions.titleContains("首页"));
	}

	/** Replaces what the field of this name holds with the text, as a person types it. */
	public void type(String name, String text) {
		WebElement input = driver.findElement(By.name(name));
		input.clear();
		input.sendKeys(text);
	}

	public WebDriverWait waiting() {
		// Generous: CI machines have two cores and the live score waits for a pause in
		// typing.
		return new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	/** Saves a screenshot under target/screenshots for people to look at. */
	public Path screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}

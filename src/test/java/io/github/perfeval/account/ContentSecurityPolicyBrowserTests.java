package io.github.perfeval.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page under the Content-Security-Policy in Chromium: login, 首页, the editor with
 * its live score (htmx), the 自评表 with its 新增任务 button, the 评分表 and 用户与部门 work and the
 * console reports no violation; a control shows that an inline style would be reported.
 * Screenshots in {@code target/screenshots/csp-*.png}.
 */
@BrowserTest
class ContentSecurityPolicyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void open() {
		users.reset();
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void close() {
		browser.close();
	}

	@Test
	void thePagesWorkUnderThePolicyWithoutViolations() throws Exception {
		String id = importLuohu();

		driver.get(url("/login"));
		assertThat(driver.findElement(By.cssSelector("button[type=submit]")).getCssValue("background-color"))
			.isNotEqualTo("rgba(0, 0, 0, 0)");
		browser.screenshot("csp-login");
		assertThat(violations()).isEmpty();

		browser.logIn(url(""), "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(driver.findElement(By.cssSelector("table.evaluations")).getText()).contains("深圳市罗湖区卫生健康局");
		browser.screenshot("csp-home");
		assertThat(violations()).isEmpty();

		driver.get(url("/evaluations/" + id));
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#totalbox .total"), "88.18"));
		WebElement planned = driver.findElement(By.name("in:2.1.1:plannedAmount"));
		planned.clear();
		planned.sendKeys("-13966.91");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-i-2-1-1-plannedAmount"), "不能为负数"));
		assertThat(driver.findElement(By.id("totalbox")).getText()).contains("尚有 1 项指标待填报");
		browser.screenshot("csp-editor-live-score");
		assertThat(violations()).isEmpty();

		driver.get(url("/evaluations/" + id + "/goals"));
		WebElement addTask = browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-add-row=task-rows]")));
		int rows = driver.findElements(By.cssSelector("#task-rows tr")).size();
		addTask.click();
		browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#task-rows tr"), rows + 1));
		browser.screenshot("csp-goals-new-task");
		assertThat(violations()).isEmpty();

		driver.get(url("/evaluations/" + id + "/sheet"));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("综合评分", "88.18");
		browser.screenshot("csp-sheet");
		assertThat(violations()).isEmpty();

		driver.get(url("/admin"));
		assertThat(driver.findElement(By.id("login-locks")).getText()).contains("登录锁定");
		browser.screenshot("csp-admin");
		assertThat(violations()).isEmpty();

		// The control: an inline style attribute is refused and reported.
		((JavascriptExecutor) driver)
			.executeScript("document.body.insertAdjacentHTML('beforeend', '<div style=\"color: red\">x</div>');");
		browser.waiting().until(d -> !violations().isEmpty());
	}

	private List<String> violations() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();
	}

	private String importLuohu() throws Exception {
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/evaluations")))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes()))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(SeedCases.text(SeedCases.LUOHU)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

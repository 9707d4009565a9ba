package io.github.perfeval.framework.web;

import io.github.perfeval.support.ShippedFrameworks;
import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 指标体系管理 in headless Chromium: copy SZ-COMMON as a new version, change two weights (the
 * live total says by how much it is off until it is 100 again), publish — refused at the
 * rule whose points no longer match its weight —, change that rule's points and a band,
 * publish, and see the new version listed. Screenshots in
 * {@code target/screenshots/framework-*.png}.
 */
@BrowserTest
class FrameworkAdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void onlyTheShippedFramework() {
		users.reset();
		jdbc.update("delete from framework_draft");
		ShippedFrameworks.removeOthers(jdbc);
	}

	@Test
	void copyReweighAndPublishANewVersion() {
		String base = "http://localhost:" + port;
		String judgment = "values[" + FrameworkAdminTests.JUDGMENT_LEAF + "/weight]";
		String bands = FrameworkAdminTests.BANDS_LEAF;
		try (Browser chromium = new Browser()) {
			WebDriver browser = chromium.driver();
			chromium.logIn(base, "admin", TestUsers.ADMIN_PASSWORD);
			browser.findElement(By.linkText("指标体系")).click();
			chromium.waiting().until(ExpectedConditions.titleContains("指标体系管理"));
			browser
				.findElement(
						By.xpath("//form[input[@name='source' and @value='SZ-COMMON:1']]//button[text()='复制为新版本']"))
				.click();
			chromium.waiting().until(ExpectedConditions.titleContains("编辑指标体系草稿"));
			assertThat(total(browser)).isEqualTo("合计 100 分");

			chromium.type(judgment, "24");
			chromium.waiting().until(ExpectedConditions.textToBe(By.id("fw-total"), "合计 99 分，少 1 分"));
			chromium.type("values[" + bands + "/weight]", "7");
			chromium.waiting().until(ExpectedConditions.textToBe(By.id("fw-total"), "合计 100 分"));
			chromium.screenshot("framework-draft");

			publish(chromium);
			chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fw-problems")));
			String refused = browser.findElement(By.tagName("body")).getText();
			assertThat(refused).contains("未发布", "3.4.2", "评分方式各部分满分合计 6，与分值 7 不一致");
			WebElement rule = browser.findElement(By.id(DraftView.id(bands + "/rule")));
			scroll(browser, rule);
			chromium.screenshot("framework-publish-refused");

			// The leaf's details are open where there is a problem: its rule and a band.
			chromium.type("values[" + bands + "/rule/0/points]", "7");
			chromium.type("values[" + bands + "/rule/0/bands/0/points]", "7");
			String before = browser.getCurrentUrl() + browser.getPageSource().length();
			publish(chromium);
			chromium.waiting()
				.until(driver -> driver.getTitle().contains("指标体系管理")
						|| !(driver.getCurrentUrl() + driver.getPageSource().length()).equals(before));
			assertThat(browser.getTitle()).as(browser.findElement(By.tagName("body")).getText()).contains("指标体系管理");
			String listed = browser.findElement(By.tagName("body")).getText();
			assertThat(listed).contains("已发布 SZ-COMMON 第 2 版", "没有草稿。");
			assertThat(browser.findElements(By.cssSelector("a[href='/admin/frameworks/SZ-COMMON/versions/2']")))
				.hasSize(1);
			chromium.screenshot("framework-list");
		}
		assertThat(jdbc.queryForObject(
				"select weight from indicator_definition d join indicator_framework f on f.id = d.framework_id"
						+ " where f.version = 2 and d.code = '3.4.2'",
				java.math.BigDecimal.class))
			.isEqualByComparingTo("7");
	}

	private static void publish(Browser chromium) {
		chromium.driver().findElement(By.xpath("//button[text()='发布']")).click();
		chromium.waiting().until(ExpectedConditions.alertIsPresent()).accept();
	}

	private static String total(WebDriver browser) {
		return browser.findElement(By.id("fw-total")).getText();
	}

	private static void scroll(WebDriver browser, WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

}

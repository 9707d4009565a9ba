package io.github.perfeval.evaluation.web;

import java.time.Year;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
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
 * A 填报人 types what people really type (a unit after the number, a huge number, a name far
 * too long) and what an attacker would: every value gets its message next to it and in
 * the list at the top, the typed text stays, the rest is saved, and the pages still
 * answer. 提交 asks before it sends.
 */
@BrowserTest
class BadInputBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void luohuImported() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		TestUsers.importAsAdministrator(url(""), SeedCases.text(SeedCases.LUOHU));
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void hostileAndCarelessInputIsExplainedKeptAndNeverBreaksAPage() {
		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		driver.findElement(By.linkText("打开")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalbox")));

		browser.type("in:2.1.1:plannedAmount", "5000元");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("note-i-2-1-1-plannedAmount"),
					"已换算：5000元 → 0.5 万元"));
		browser.type("in:2.1.1:actualAmount", "95%");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-i-2-1-1-actualAmount"),
					"单位“%”与本项的单位“万元”不符"));
		browser.type("in:2.3.2:assetsInUse", "1e999999999");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-i-2-3-2-assetsInUse"), "应为数字"));
		browser.type("in:2.3.2:assetsTotal", "99999999999999");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-i-2-3-2-assetsTotal"),
					"数值过大：整数部分不能超过 12 位"));
		browser.type("in:1.2.2:items:2", "9");
		browser.type("in:3.4.2:satisfactionPercent", "0.95");
		String longName = "深圳市罗湖区某某下属单位".repeat(20);
		browser.type("unit:0:name", longName);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
				driver.findElement(By.id("i-2-1-1")));
		browser.screenshot("bad-input-typed");

		driver.findElement(By.xpath("//button[text()='保存草稿']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.error"), "下面标出的内容未能保存"));
		assertThat(text("problems")).contains("表 1-1 第 1 行单位名称：不能超过 200 个字",
				"2.1.1 政府采购执行情况 · 实际采购金额：单位“%”与本项的单位“万元”不符", "2.3.2", "数值过大：整数部分不能超过 12 位", "第 3 项得分应在 0 至");
		assertThat(value("unit:0:name")).isEqualTo(longName);
		assertThat(value("in:2.3.2:assetsInUse")).isEqualTo("1e999999999");
		assertThat(driver.findElements(By.cssSelector("tr.item-invalid"))).hasSize(1);
		assertThat(text("totalbox")).contains("是否应为 95%");
		browser.screenshot("bad-input-saved");
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
				driver.findElement(By.id("i-1-2-2")));
		browser.screenshot("bad-input-checklist");
		assertThat(jdbc.queryForObject("select name from budget_unit where position = 0", String.class))
			.isEqualTo("深圳市罗湖区卫生健康局（本级）");

		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
		driver.findElement(By.cssSelector("#problems a[href='#unit-0-name']")).click();
		browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("#unit-0-name"));
		Object top = ((JavascriptExecutor) driver)
			.executeScript("return document.getElementById('unit-0-name').getBoundingClientRect().top");
		assertThat(((Number) top).doubleValue()).as("the field is below the sticky head, not under it")
			.isBetween(120.0, 400.0);
		browser.screenshot("bad-input-jumped");

		driver.get(url("/"));
		assertThat(driver.findElement(By.cssSelector("table.evaluations")).getText()).contains("深圳市罗湖区卫生健康局");
		driver.get(url("/no-such-page"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("页面不存在");
		browser.screenshot("not-found");
	}

	@Test
	void aFutureYearNeedsConfirmationAndSubmittingAsksFirst() {
		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		String next = String.valueOf(Year.now().getValue() + 1);
		WebElement year = driver.findElement(By.id("year"));
		year.clear();
		year.sendKeys(next);
		driver.findElement(By.xpath("//button[text()='新建']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".create-form"), "晚于今年"));
		assertThat(driver.findElement(By.id("year")).getDomProperty("value")).isEqualTo(next);
		browser.screenshot("home-future-year");

		driver.findElement(By.linkText("打开")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalbox")));
		WebElement submit = driver.findElement(By.xpath("//button[text()='提交']"));
		((JavascriptExecutor) driver).executeScript("arguments[0].disabled = false;", submit);
		// The new evaluation's report is empty: 提交 lists its sections and wants the box
		// ticked before it asks.
		driver.findElement(By.name("confirmGaps")).click();
		submit.click();
		Alert confirm = browser.waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains("在退回之前您不能再修改");
		confirm.dismiss();
		assertThat(jdbc.queryForObject("select status from evaluation", String.class)).isEqualTo("DRAFT");
	}

	private String text(String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private String value(String name) {
		return driver.findElement(By.name(name)).getDomProperty("value");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

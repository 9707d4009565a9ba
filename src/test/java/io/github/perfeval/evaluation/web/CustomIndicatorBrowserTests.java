package io.github.perfeval.evaluation.web;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filler of 罗湖 adds a 个性指标 to 3.2 效率性 in Chromium: the group's sum shows as they
 * type, says by how much it is off, the save stores it once it fits, and the new leaf is
 * scored live like any other.
 */
@BrowserTest
class CustomIndicatorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

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
	void addingACustomIndicatorWithinTheGroupAndScoringIt() {
		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		driver.findElement(By.linkText("打开")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalbox")));
		driver.findElement(By.cssSelector("#custom-i-3-2 summary")).click();

		driver.findElement(By.id("new-name-i-3-2")).sendKeys("重点民生项目推进");
		new Select(driver.findElement(By.id("new-rule-i-3-2"))).selectByVisibleText("直接评分");
		driver.findElement(By.id("new-weight-i-3-2")).sendKeys("1");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("custom-sum-i-3-2"),
					"「3.2 效率性」各指标分值合计 21 分，应为 20 分，多 1 分"));
		browser.screenshot("editor-custom-indicator-off");
		WebElement weight = driver.findElement(By.id("cw-3.2.2"));
		weight.clear();
		weight.sendKeys("7");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("custom-sum-i-3-2"),
					"各指标分值合计 20 分（应为 20 分）"));
		assertThat(driver.findElement(By.id("custom-sum-i-3-2")).getText()).doesNotContain("多");
		driver.findElement(By.cssSelector("#custom-i-3-2 button[type=submit]")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"),
					"「3.2 效率性」的个性指标与分值已保存。"));

		assertThat(driver.findElement(By.cssSelector("#i-3-2-4 h3")).getText()).contains("3.2.4", "重点民生项目推进", "个性指标");
		browser.type("in:3.2.4:score", "0.8");
		browser.type("in:3.2.4:reason", "完成 8 项中的 6 项，2 项跨年度实施");
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("score-i-3-2-4"), "0.80"));
		assertThat(driver.findElement(By.id("score-i-3-2-4")).getText()).contains("0.80", "/ 1.00", "失分 0.2");
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("document.getElementById('i-3-2-4').scrollIntoView()");
		browser.screenshot("editor-custom-indicator-leaf");
		assertThat(driver.findElement(By.id("custom-i-3-2")).getDomProperty("open")).as("the group just saved")
			.isEqualTo("true");
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("document.getElementById('custom-i-3-2').scrollIntoView()");
		browser.screenshot("editor-custom-indicator");

		// The score typed above is not saved yet: saving the block again asks first, and
		// cancelling keeps the page and what was typed.
		driver.findElement(By.cssSelector("#custom-i-3-2 button[type=submit]")).click();
		org.openqa.selenium.Alert question = browser.waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).contains("草稿中有尚未保存的填写", "这些填写将丢失");
		question.dismiss();
		assertThat(driver.findElement(By.name("in:3.2.4:score")).getDomProperty("value")).isEqualTo("0.8");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

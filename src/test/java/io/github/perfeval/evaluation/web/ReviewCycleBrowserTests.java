package io.github.perfeval.evaluation.web;

import java.util.List;

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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review in Chromium as two people: the filler submits; the 主管部门 reviewer remarks on
 * a leaf, adjusts a score with its reason and returns it; the filler answers and
 * resubmits; the reviewer sees the answer and approves; the evaluation is frozen and the
 * history tells it all — with no Content-Security-Policy violation on the way.
 */
@BrowserTest
class ReviewCycleBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	io.github.perfeval.department.DepartmentDirectory departments;

	@Autowired
	io.github.perfeval.account.UserAccounts accounts;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void luohuImported() {
		users.reset();
		long luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		departments.reviewIn(luohu, 2);
		users.reviewer("district");
		users.reviewer("bureau");
		accounts.reviewAt("bureau", 2);
		TestUsers.importAsAdministrator(url(""), SeedCases.completeText(SeedCases.LUOHU));
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void submitRemarkAdjustReturnAnswerResubmitApprove() throws Exception {
		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		openEvaluation();
		attach("2.1.1", "采购计划调整批复.pdf");
		assertThat(driver.findElement(By.cssSelector(".evidence-files")).getText()).contains("采购计划调整批复.pdf", "PDF");
		openEvaluation();
		assertThat(driver.findElement(By.cssSelector("#i-2-1-1 .evidence-links")).getText()).contains("佐证材料（1）",
				"采购计划调整批复.pdf");
		submit();
		logOut();

		browser.logIn(url(""), "district", TestUsers.PASSWORD);
		openEvaluation();
		driver.findElement(By.linkText("审核")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".review-leaves")));
		WebElement leaf = driver.findElement(By.id("leaf-2.1.1"));
		leaf.findElement(By.cssSelector(".comment-form input[name=text]")).sendKeys("实际采购金额与计划差距较大，请说明");
		leaf.findElement(By.cssSelector(".comment-form button")).click();
		notice("已记录对指标 2.1.1 的审核意见。");
		WebElement schedule = driver.findElement(By.id("leaf-3.2.1"));
		schedule.findElement(By.name("score")).sendKeys("5.8");
		schedule.findElement(By.name("reason")).sendKeys("按公开自评报告得分");
		schedule.findElement(By.cssSelector(".override-form button")).click();
		notice("已调整指标 3.2.1 的得分。");
		assertThat(driver.findElement(By.id("leaf-3.2.1")).getText()).contains("已调整为 5.80 分：按公开自评报告得分", "5.81");
		driver.findElement(By.id("opinion")).sendKeys("请答复 2.1.1 的审核意见后重新提交。");
		driver.findElement(By.xpath("//button[text()='退回修改']")).click();
		notice("已退回填报人修改。");
		browser.screenshot("review-returned");
		logOut();

		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		openEvaluation();
		assertThat(driver.findElement(By.id("review-notes")).getText()).contains("实际采购金额与计划差距较大，请说明", "按公开自评报告得分");
		driver.findElement(By.cssSelector("#review-notes .answer-form input[name=text]"))
			.sendKeys("年中追加了疫情防控物资采购计划，已按程序报批");
		driver.findElement(By.cssSelector("#review-notes .answer-form button")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "已提交情况说明。"));
		browser.screenshot("review-answered");
		submit();
		logOut();

		browser.logIn(url(""), "district", TestUsers.PASSWORD);
		driver.get(url("/evaluations/" + id() + "/review"));
		assertThat(driver.findElement(By.id("leaf-2.1.1")).getText())
			.contains("情况说明（zhangying）：年中追加了疫情防控物资采购计划，已按程序报批");
		assertThat(driver.findElement(By.id("leaf-2.1.1")).getText()).contains("采购计划调整批复.pdf");
		driver.findElement(By.id("opinion")).sendKeys("同意。");
		driver.findElement(By.xpath("//button[text()='审核通过']")).click();
		driver.switchTo().alert().accept();
		notice("已审核通过。");
		assertThat(driver.findElement(By.cssSelector(".review-head")).getText()).contains("待财政局审核");
		assertThat(jdbc.queryForObject("select status from evaluation", String.class)).isEqualTo("SUBMITTED");
		logOut();

		browser.logIn(url(""), "bureau", TestUsers.PASSWORD);
		driver.get(url("/evaluations/" + id() + "/review"));
		driver.findElement(By.id("opinion")).sendKeys("审定。");
		driver.findElement(By.xpath("//button[text()='审核通过']")).click();
		driver.switchTo().alert().accept();
		notice("已审核通过。");
		assertThat(jdbc.queryForObject("select status from evaluation", String.class)).isEqualTo("APPROVED");

		driver.findElement(By.linkText("审核记录与修改记录")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.timeline")));
		assertThat(driver.findElement(By.cssSelector("table.timeline")).getText()).containsSubsequence("提交", "退回",
				"请答复 2.1.1 的审核意见后重新提交。", "提交", "审核通过，转下一级", "同意。", "bureau", "审核通过（已审定）", "审定。");
		assertThat(driver.findElement(By.cssSelector("table.timeline")).getText()).contains("已提交 → 退回 请答复")
			.doesNotContain("（状态）");
		assertThat(driver.findElement(By.cssSelector("table.changes")).getText()).contains("调整得分", "5.8", "审核意见",
				"情况说明", "上传佐证材料", "采购计划调整批复.pdf");
		browser.screenshot("review-history");
		logOut();

		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		openEvaluation();
		assertThat(driver.findElement(By.cssSelector(".editor-main fieldset")).getDomAttribute("disabled")).isNotNull();
		assertThat(driver.findElements(By.xpath("//button[text()='保存草稿']"))).isEmpty();
		driver.get(url("/evaluations/" + id() + "/evidence"));
		assertThat(driver.findElement(By.cssSelector(".alert.warn")).getText()).contains("此自评现在不能增删佐证材料（已审定）");
		assertThat(driver.findElements(By.cssSelector("form.evidence-upload"))).isEmpty();
		assertThat(driver.findElements(By.xpath("//button[text()='删除']"))).isEmpty();
		browser.screenshot("evidence-frozen");

		List<LogEntry> console = driver.manage().logs().get("browser").getAll();
		assertThat(console).extracting(LogEntry::getMessage)
			.noneMatch(message -> message.contains("Content Security Policy"));
	}

	/** Uploads a PDF to the leaf on the 佐证材料 page the leaf links to. */
	private void attach(String leaf, String name) throws java.io.IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("evidence").resolve(name);
		java.nio.file.Files.write(file, io.github.perfeval.evidence.EvidenceTestFiles.pdf());
		driver.findElement(By.cssSelector("#i-" + leaf.replace('.', '-') + " .evidence-manage")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-file")));
		assertThat(driver.findElement(By.id("evidence-leaf")).getDomProperty("value")).isEqualTo(leaf);
		driver.findElement(By.id("evidence-file")).sendKeys(file.toString());
		driver.findElement(By.cssSelector("form.evidence-upload button")).click();
		notice("已上传：" + name);
		browser.screenshot("evidence-uploaded");
	}

	private void openEvaluation() {
		driver.get(url("/evaluations/" + id()));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalbox")));
	}

	private void submit() {
		driver.findElement(By.xpath("//button[text()='提交']")).click();
		driver.switchTo().alert().accept();
		notice("已提交，等待审核。");
	}

	private void notice(String text) {
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), text));
	}

	private void logOut() {
		driver.findElement(By.xpath("//button[text()='退出']")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));
	}

	private long id() {
		return jdbc.queryForObject("select id from evaluation", Long.class);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

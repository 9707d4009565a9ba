package io.github.perfeval.evaluation.web;

import java.io.IOException;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 绩效目标完成情况自评表 of 港大深圳医院 2021 in Chromium: a 填报人 adds a task and an indicator with the
 * page's buttons (no save in between), types an amount that is not a number, saves:
 * everything else is stored, the amount keeps its stored value and stays on the page with
 * its message. Screenshots in {@code target/screenshots/goals-*.png}.
 */
@BrowserTest
class GoalPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void hkuImported() {
		users.reset();
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void addingATaskAndAnIndicatorInThePageAndSavingWithAnInvalidAmount() throws Exception {
		long id = importHku();
		browser.logIn(url(""), "admin", TestUsers.ADMIN_PASSWORD);
		driver.get(url("/evaluations/" + id + "/goals"));
		WebElement addIndicator = browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("button[data-add-row=indicator-rows]")));
		WebElement addTask = driver.findElement(By.cssSelector("button[data-add-row=task-rows]"));
		assertThat(addTask.getText()).isEqualTo("新增任务");
		assertThat(addIndicator.getText()).isEqualTo("新增指标");
		// The script takes the blank rows away: rows are added with the buttons.
		assertThat(rows("task-rows")).hasSize(4);
		assertThat(rows("indicator-rows")).hasSize(10);
		fullPage("goals-before");

		addTask.click();
		addIndicator.click();

		List<WebElement> tasks = rows("task-rows");
		assertThat(tasks).hasSize(5);
		WebElement task = tasks.get(4);
		assertThat(task.findElement(By.tagName("textarea")).getDomAttribute("name")).isEqualTo("task:6:name");
		List<WebElement> indicators = rows("indicator-rows");
		assertThat(indicators).hasSize(11);
		WebElement indicator = indicators.get(10);
		WebElement indicatorName = indicator.findElement(By.name("ind:12:name"));
		assertThat(driver.switchTo().activeElement()).isEqualTo(indicatorName);

		task.findElement(By.name("task:6:name")).sendKeys("信息化建设");
		task.findElement(By.name("task:6:content")).sendKeys("建设互联网医院平台");
		task.findElement(By.name("task:6:budgetTotal")).sendKeys("1,000,000");
		task.findElement(By.name("task:6:actualTotal")).sendKeys("约98万");
		indicator.findElement(By.name("ind:12:level1")).sendKeys("效益");
		indicator.findElement(By.name("ind:12:level2")).sendKeys("社会效益");
		indicatorName.sendKeys("互联网医院问诊量");
		new Select(indicator.findElement(By.name("ind:12:nature"))).selectByValue("GE");
		indicator.findElement(By.name("ind:12:target")).sendKeys("5");
		indicator.findElement(By.name("ind:12:unit")).sendKeys("万人次");
		indicator.findElement(By.name("ind:12:achieved")).sendKeys("4.1");
		fullPage("goals-added-rows");

		driver.findElement(By.cssSelector(".goals-head button[type=submit]")).click();
		WebElement alert = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.error")));

		assertThat(alert.getText()).contains("其余内容已保存，但有 1 项填写未能保存", "年度主要任务第 5 行，执行数总额：应为数字");
		browser.screenshot("goals-partly-saved");
		fullPage("goals-partly-saved-full");
		WebElement kept = driver.findElement(By.name("task:4:actualTotal"));
		assertThat(kept.getDomProperty("value")).isEqualTo("约98万");
		assertThat(kept.getDomAttribute("class")).contains("invalid");
		assertThat(kept.findElement(By.xpath("following-sibling::div[@class='field-error']")).getText())
			.isEqualTo("执行数总额：应为数字");
		assertThat(driver.findElement(By.name("task:4:name")).getDomProperty("value")).isEqualTo("信息化建设");
		WebElement saved = driver.findElement(By.cssSelector("tr[data-indicator='互联网医院问诊量']"));
		assertThat(saved.getDomAttribute("class")).contains("missed");
		assertThat(saved.getText()).contains("未完成", "未完成目标值，请填写偏差原因");
		assertThat(driver.findElement(By.cssSelector(".missed-summary")).getText()).contains("有 3 项绩效指标未完成目标值");

		JsonNode report = exported(id).get("goalReport");
		assertThat(report.get("tasks")).hasSize(5);
		assertThat(report.at("/tasks/4/name").asString()).isEqualTo("信息化建设");
		assertThat(report.at("/tasks/4/content").asString()).isEqualTo("建设互联网医院平台");
		assertThat(report.at("/tasks/4/budgetTotal").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(report.at("/tasks/4/actualTotal").isMissingNode()).isTrue();
		assertThat(report.get("indicators")).hasSize(11);
		assertThat(report.at("/indicators/10/name").asString()).isEqualTo("互联网医院问诊量");
		assertThat(report.at("/indicators/10/expected").asString()).isEqualTo("≥5万人次");
		assertThat(report.at("/indicators/10/actual").asString()).isEqualTo("4.1万人次");

		// Corrected on the page it came back on, the amount is saved too.
		kept.clear();
		kept.sendKeys("980,000");
		driver.findElement(By.cssSelector(".goals-foot button[type=submit]")).click();
		WebElement notice = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.ok")));
		assertThat(notice.getText()).isEqualTo("绩效目标完成情况自评表已保存。");
		assertThat(exported(id).at("/goalReport/tasks/4/actualTotal").decimalValue()).isEqualByComparingTo("980000");
		assertThat(exported(id).at("/goalReport/tasks")).hasSize(5);
	}

	@Test
	void aNewEvaluationsFormStartsWithOneEmptyRowPerTableInItsUnit() {
		long department = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();
		browser.logIn(url(""), "admin", TestUsers.ADMIN_PASSWORD);
		driver.get(url("/"));
		new Select(driver.findElement(By.name("departmentId"))).selectByValue(String.valueOf(department));
		WebElement year = driver.findElement(By.name("year"));
		year.clear();
		year.sendKeys("2025");
		year.submit();
		browser.waiting().until(ExpectedConditions.urlMatches("/evaluations/\\d+$"));
		driver.get(driver.getCurrentUrl() + "/goals");
		browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[data-add-row=task-rows]")));

		assertThat(driver.findElement(By.cssSelector("#tasks thead")).getText()).contains("预算数（万元）", "执行数（万元）");
		assertThat(new Select(driver.findElement(By.name("unit"))).getFirstSelectedOption().getText()).isEqualTo("万元");
		assertThat(rows("task-rows")).hasSize(1);
		assertThat(rows("task-rows").get(0).findElement(By.tagName("textarea")).getDomAttribute("name"))
			.isEqualTo("task:2:name");
		assertThat(rows("indicator-rows")).hasSize(1);
		fullPage("goals-new-evaluation");
	}

	@Test
	void aTableFilledUpToItsLimitIsSavedAndTheButtonSaysItIsFull() throws Exception {
		long id = importHku();
		browser.logIn(url(""), "admin", TestUsers.ADMIN_PASSWORD);
		driver.get(url("/evaluations/" + id + "/goals"));
		WebElement addIndicator = browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("button[data-add-row=indicator-rows]")));

		// 290 more indicators, typed by script: 300 rows, the limit, about 3,400 form
		// fields.
		((JavascriptExecutor) driver).executeScript("""
				var button = arguments[0];
				for (var i = 0; i < 290; i++) {
				  button.click();
				  var row = document.querySelector('#indicator-rows > tr:last-child');
				  row.querySelector('[name$=":name"]').value = '指标 ' + (i + 11);
				  row.querySelector('[name$=":nature"]').value = 'GE';
				  row.querySelector('[name$=":target"]').value = String(i);
				  row.querySelector('[name$=":achieved"]').value = String(i + 1);
				  row.querySelector('[name$=":reason"]').value = '说明 ' + i;
				}
				""", addIndicator);

		assertThat(rows("indicator-rows")).hasSize(300);
		assertThat(addIndicator.isEnabled()).isFalse();
		assertThat(addIndicator.getDomProperty("title")).isEqualTo("最多 300 行，已满");
		driver.findElement(By.cssSelector(".goals-foot button[type=submit]")).click();
		WebElement notice = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.ok")));

		assertThat(notice.getText()).isEqualTo("绩效目标完成情况自评表已保存。");
		JsonNode indicators = exported(id).at("/goalReport/indicators");
		assertThat(indicators).hasSize(300);
		assertThat(indicators.at("/299/name").asString()).isEqualTo("指标 300");
		assertThat(indicators.at("/299/expected").asString()).isEqualTo("≥289");
		assertThat(indicators.at("/299/deviationReason").asString()).isEqualTo("说明 289");
	}

	private List<WebElement> rows(String body) {
		return driver.findElements(By.cssSelector("#" + body + " > tr"));
	}

	/** The whole page, not only the window: the window made as tall as the page. */
	private void fullPage(String name) {
		Dimension window = driver.manage().window().getSize();
		Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
		driver.manage().window().setSize(new Dimension(window.getWidth(), ((Number) height).intValue() + 120));
		browser.screenshot(name);
		driver.manage().window().setSize(window);
	}

	private long importHku() throws IOException, InterruptedException {
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/evaluations")))
				.header("Authorization", basic())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(SeedCases.text(SeedCases.HKU)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private JsonNode exported(long id) throws IOException, InterruptedException {
		HttpResponse<String> document = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/evaluations/" + id)))
				.header("Authorization", basic())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(document.statusCode()).isEqualTo(200);
		return SeedCases.read(document.body());
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

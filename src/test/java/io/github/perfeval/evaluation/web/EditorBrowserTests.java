package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 填报人 does the 罗湖 2024 evaluation in Chromium: imports the department's 个性指标, units and
 * texts, types every formula leaf, watches 88.18 良 appear, makes an input invalid, saves,
 * reloads and finds everything kept.
 */
@BrowserTest
class EditorBrowserTests {

	/**
	 * Leaves the filler types; the 效果性 judgments and the 3.4.2 override come with the
	 * import.
	 */
	static final Set<String> TYPED = Set.of("1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.1.1", "2.1.2", "2.1.3", "2.2.1",
			"2.2.2", "2.3.1", "2.3.2", "2.4.1", "2.4.2", "2.5.1", "3.1.1", "3.2.1", "3.2.2", "3.2.3", "3.4.1");

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void anEmptyDatabase() {
		users.reset();
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void fillingInLuohu2024ByTypingScores88_18GoodAndSavesEverything(@TempDir Path files) throws Exception {
		ObjectNode luohu = SeedCases.tree(SeedCases.LUOHU);
		ObjectNode typed = (ObjectNode) luohu.get("indicators").deepCopy();
		TYPED.forEach(((ObjectNode) luohu.get("indicators"))::remove);
		Path skeleton = files.resolve("luohu-skeleton.json");
		Files.writeString(skeleton, SeedCases.json(luohu));

		logIn("admin", TestUsers.ADMIN_PASSWORD);
		driver.get(url("/admin"));
		driver.findElement(By.id("dept-code")).sendKeys("LH-WJJ");
		driver.findElement(By.id("dept-name")).sendKeys("深圳市罗湖区卫生健康局");
		driver.findElement(By.cssSelector("form[action$='/admin/departments'] button")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "已新建部门"));
		driver.findElement(By.id("user-name")).sendKeys("zhangying");
		driver.findElement(By.id("user-display")).sendKeys("张莹");
		new Select(driver.findElement(By.id("user-departments"))).selectByVisibleText("深圳市罗湖区卫生健康局");
		driver.findElement(By.id("user-password")).sendKeys(TestUsers.PASSWORD + "-long");
		driver.findElement(By.cssSelector("form[action$='/admin/users'] button")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "已新建用户"));
		browser.screenshot("admin");
		// The 3.4.2 调整得分 of the published report comes with the document: only an
		// administrator's import may carry one.
		driver.get(url("/"));
		driver.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(skeleton.toString());
		driver.findElement(By.xpath("//button[text()='导入']")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalbox")));
		driver.findElement(By.xpath("//button[text()='退出']")).click();
		// The next login must not race the logout: its page would carry the old session's
		// token.
		browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));

		logIn("zhangying", TestUsers.PASSWORD + "-long");
		browser.screenshot("home-empty");
		driver.findElement(By.linkText("打开")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("totalbox")));
		assertThat(text("totalbox")).contains("尚有 19 项指标待填报");
		assertThat(driver.findElements(By.cssSelector("#i-3-3 article.leaf"))).hasSize(5);

		for (String code : TYPED.stream().sorted().toList()) {
			typeLeaf(code, typed.get(code));
		}
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#totalbox .total"), "88.18"));
		assertThat(text("totalbox")).contains("88.18", "良");
		assertThat(text("score-i-2-1-1")).contains("0.49", "失分 1.51");
		assertThat(text("score-i-3-2-1")).contains("5.81");
		browser.screenshot("editor-luohu-88.18");

		WebElement planned = driver.findElement(By.name("in:2.1.1:plannedAmount"));
		planned.clear();
		planned.sendKeys("-13966.91");
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-i-2-1-1-plannedAmount"), "不能为负数"));
		assertThat(text("totalbox")).contains("尚有 1 项指标待填报").doesNotContain("良");
		assertThat(value("in:3.2.1:q1")).isEqualTo("44.72");
		browser.screenshot("editor-invalid-input");

		driver.findElement(By.xpath("//button[text()='保存草稿']")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.warn"),
					"草稿已保存，但有 1 处填写有误"));
		assertThat(text("problems")).contains("2.1.1 政府采购执行情况 · 采购计划金额：不能为负数");
		assertThat(driver.findElement(By.cssSelector("#problems a")).getDomAttribute("href"))
			.isEqualTo("#i-2-1-1-plannedAmount");
		assertThat(driver.findElement(By.cssSelector("#groupnav a[href='#i-2-1'] .nav-invalid")).getText())
			.isEqualTo("1 处有误");
		browser.screenshot("editor-saved-with-invalid");
		driver.navigate().refresh();
		assertThat(value("in:2.1.1:plannedAmount")).isEqualTo("-13966.91");
		assertThat(text("err-i-2-1-1-plannedAmount")).isEqualTo("不能为负数");
		assertThat(value("in:3.2.1:q1")).isEqualTo("44.72");
		assertThat(value("in:1.2.2:items:2")).isEqualTo("0");
		assertThat(new Select(driver.findElement(By.name("in:2.1.3:budgetDisclosure"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("FULL");

		planned = driver.findElement(By.name("in:2.1.1:plannedAmount"));
		planned.clear();
		planned.sendKeys("13966.91");
		driver.findElement(By.xpath("//button[text()='保存草稿']")).click();
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "已保存"));
		driver.navigate().refresh();
		assertThat(text("totalbox")).contains("88.18", "良");
		assertThat(text("err-i-2-1-1-plannedAmount")).isEmpty();
		driver.get(url("/"));
		assertThat(driver.findElement(By.cssSelector("table.evaluations")).getText()).contains("深圳市罗湖区卫生健康局", "2024",
				"草稿", "88.18", "良", "已填完");
		browser.screenshot("home-luohu");
	}

	private void typeLeaf(String code, JsonNode values) {
		for (Map.Entry<String, JsonNode> entry : values.properties()) {
			String name = "in:" + code + ":" + entry.getKey();
			JsonNode value = entry.getValue();
			if (entry.getKey().equals("comment")) {
				continue;
			}
			if (!value.isArray() && driver.findElements(By.name(name)).isEmpty()) {
				// Entered once at another leaf (在编人数 of 2.4.2 at 2.4.1): the page says
				// so.
				WebElement shared = driver.findElement(By.id("i-" + code.replace('.', '-') + "-" + entry.getKey()));
				assertThat(shared.getAttribute("textContent")).as(shared.getAttribute("outerHTML") + " / " + name)
					.startsWith("同指标 ");
				continue;
			}
			if (value.isArray()) {
				for (int i = 0; i < value.size(); i++) {
					browser.type(name + ":" + i, value.get(i).decimalValue().toPlainString());
				}
			}
			else if (value.isBoolean() || value.isString()) {
				new Select(driver.findElement(By.name(name))).selectByValue(value.asString());
			}
			else {
				browser.type(name, new BigDecimal(value.asString()).toPlainString());
			}
		}
	}

	private void logIn(String username, String password) {
		driver.get(url("/"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		assertThat(driver.getTitle()).contains("登录");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.titleContains("首页"));
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

	static List<String> codes() {
		return TYPED.stream().sorted().toList();
	}

}

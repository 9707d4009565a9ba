package io.github.perfeval.charts;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.Base64;
import java.util.List;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart pages in headless Chromium: ECharts (served as a WebJar) draws each chart on
 * a canvas under the page's Content Security Policy, its table is beside it, and its PNG
 * and SVG links hold the picture (a PNG's signature, an SVG with the chart's Chinese
 * title); the path from the 评分表 page leads there. Screenshots in
 * {@code target/screenshots/}.
 */
@BrowserTest
class ChartPageBrowserTests {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G' };

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void theChartsAreDrawnWithTheirTablesAndTheirDownloadsHoldThePictures() throws Exception {
		users.reset();
		String base = "http://localhost:" + port;
		TestUsers.importAsAdministrator(base, SeedCases.text(SeedCases.LUOHU));
		TestUsers.importAsAdministrator(base, SeedCases.text(SeedCases.HKU));
		try (Browser chromium = new Browser()) {
			WebDriver browser = chromium.driver();
			chromium.logIn(base, "admin", TestUsers.ADMIN_PASSWORD);
			browser.findElement(By.linkText("统计图表")).click();
			chromium.waiting().until(driver -> driver.findElements(By.cssSelector("[data-rendered=true]")).size() == 2);
			assertThat(browser.getTitle()).contains("统计图表");
			assertThat(browser.findElements(By.cssSelector(".chart-canvas canvas"))).hasSize(2);
			assertThat(browser.findElement(By.cssSelector("table.grades-table")).getText()).contains("优", "良", "合计");
			assertThat(browser.findElement(By.cssSelector("table.losses-table")).getText()).contains("平均扣分");
			downloadsHold(browser, "2024 年度评分等级分布");
			chromium.screenshot("charts-year");

			browser.get(base + "/");
			browser.findElement(By.linkText("打开")).click();
			browser.findElement(By.linkText("评分表")).click();
			browser.findElement(By.linkText("统计图表（历年对比、二级指标对比）")).click();
			chromium.waiting().until(driver -> driver.findElements(By.cssSelector("[data-rendered=true]")).size() == 2);
			assertThat(browser.findElement(By.cssSelector("table.trend-table")).getText()).contains("2024", "88.18",
					"良");
			assertThat(browser.findElement(By.cssSelector("table.groups-table")).getText()).contains("得分率");
			downloadsHold(browser, "历年综合评分");
			chromium.screenshot("charts-evaluation");

			List<LogEntry> problems = browser.manage()
				.logs()
				.get(LogType.BROWSER)
				.getAll()
				.stream()
				.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
				.filter(entry -> !entry.getMessage().contains("favicon.ico"))
				.toList();
			assertThat(problems).as("console errors (CSP violations among them)").isEmpty();
		}
	}

	/** Each PNG link holds a PNG, each SVG link an SVG; the first SVG has the title. */
	private static void downloadsHold(WebDriver browser, String title) {
		List<WebElement> pngs = browser.findElements(By.cssSelector("a.chart-png"));
		List<WebElement> svgs = browser.findElements(By.cssSelector("a.chart-svg"));
		assertThat(pngs).hasSize(2);
		assertThat(svgs).hasSize(2);
		for (WebElement png : pngs) {
			String href = png.getAttribute("href");
			assertThat(href).startsWith("data:image/png;base64,");
			byte[] bytes = Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
			assertThat(bytes).startsWith(PNG_SIGNATURE).hasSizeGreaterThan(5_000);
			assertThat(png.getAttribute("download")).endsWith(".png");
		}
		for (WebElement svg : svgs) {
			String href = svg.getAttribute("href");
			assertThat(href).startsWith("data:image/svg+xml");
			String text = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
			assertThat(text).startsWith("<svg").contains("</svg>", "<text");
			assertThat(svg.getAttribute("download")).endsWith(".svg");
		}
		String first = URLDecoder.decode(svgs.get(0).getAttribute("href").replaceFirst("^[^,]*,", ""),
				StandardCharsets.UTF_8);
		assertThat(first).contains(title);
	}

}

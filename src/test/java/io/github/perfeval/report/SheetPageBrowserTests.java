package io.github.perfeval.report;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.stream.Collectors;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 评分表 page in headless Chromium at 1366×768: signs in through the login form, reads
 * the page, downloads the PDF with the page's session and keeps a screenshot in
 * {@code target/report-samples/sheet-page.png}.
 */
@BrowserTest
class SheetPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void theSheetPageInChromium() throws Exception {
		users.reset();
		String base = "http://localhost:" + port;
		long id = importLuohu(base);

		try (Browser chromium = new Browser()) {
			WebDriver browser = chromium.driver();
			browser.get(base + "/login");
			browser.findElement(By.name("username")).sendKeys("admin");
			browser.findElement(By.name("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("button[type=submit]")).click();
			chromium.waiting().until(ExpectedConditions.titleContains("首页"));
			browser.get(base + "/evaluations/" + id + "/sheet");

			String text = browser.findElement(By.tagName("body")).getText();
			assertThat(text).contains("部门整体支出绩效评分表", "部门决策", "政府采购执行情况", "0.49", "88.18", "评分表 PDF");
			File screenshot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
			Files.createDirectories(ReportDownloads.SAMPLES);
			Files.copy(screenshot.toPath(), ReportDownloads.SAMPLES.resolve("sheet-page.png"),
					StandardCopyOption.REPLACE_EXISTING);

			// The download buttons use the API with the page's session.
			String href = browser.findElement(By.linkText("评分表 PDF")).getAttribute("href");
			String cookies = browser.manage()
				.getCookies()
				.stream()
				.map(cookie -> cookie.getName() + "=" + cookie.getValue())
				.collect(Collectors.joining("; "));
			HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		}
	}

	private static long importLuohu(String base) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes());
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/evaluations"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(SeedCases.text(SeedCases.LUOHU)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}

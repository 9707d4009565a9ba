package io.github.perfeval.account.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.perfeval.support.Browser;
import io.github.perfeval.support.BrowserTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the administrator resets a password, its owner signs in, is held on 修改密码
 * until they have changed it, then creates an API token, uses it and revokes it; Swagger
 * UI shows the API.
 */
@BrowserTest
class AccountBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void aFiller() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aResetPasswordIsChangedAtTheNextLoginBeforeAnythingElse() {
		browser.logIn(url(""), "admin", TestUsers.ADMIN_PASSWORD);
		driver.get(url("/admin"));
		driver.findElement(By.cssSelector("a[href='/admin/users/zhangying']")).click();
		browser.waiting().until(ExpectedConditions.titleContains("编辑用户"));
		browser.type("password", "temporary-secret-42");
		driver.findElement(By.cssSelector("form[action='/admin/users/zhangying/password'] button")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"),
					"已重置用户“zhangying”的密码：本人下次登录时须修改。"));
		browser.screenshot("accounts-admin-reset");
		driver.manage().deleteAllCookies();

		driver.get(url("/login"));
		browser.type("username", "zhangying");
		browser.type("password", "temporary-secret-42");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.titleContains("修改密码"));
		assertThat(driver.findElement(By.cssSelector(".alert.warn")).getText())
			.isEqualTo("管理员重置了您的密码。请先设置一个新密码，之后才能继续使用。");
		driver.get(url("/"));
		browser.waiting().until(ExpectedConditions.titleContains("修改密码"));

		browser.type("currentPassword", "temporary-secret-42");
		browser.type("newPassword", "password123");
		browser.type("confirmation", "password123");
		driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field-error"), "这个密码太常见"));
		browser.screenshot("accounts-forced-change");

		browser.type("currentPassword", "temporary-secret-42");
		browser.type("newPassword", "my-own-secret-2026");
		browser.type("confirmation", "my-own-secret-2026");
		driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
		browser.waiting().until(ExpectedConditions.titleContains("首页"));
		assertThat(driver.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("密码已修改。");
	}

	@Test
	void aTokenIsCreatedShownOnceUsedAndRevoked() throws Exception {
		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		driver.findElement(By.linkText("API 令牌")).click();
		browser.waiting().until(ExpectedConditions.titleContains("API 令牌"));
		browser.type("name", "月度导出脚本");
		driver.findElement(By.cssSelector("form[action='/account/tokens'] button")).click();
		String secret = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")))
			.getText();
		assertThat(secret).startsWith("pe_").hasSize(46);
		browser.screenshot("accounts-token-created");

		HttpResponse<String> scored = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/score")))
				.header("Authorization", "Bearer " + secret)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(SeedCases.text(SeedCases.LUOHU)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(scored.statusCode()).isEqualTo(200);
		assertThat(scored.body()).contains("\"total\":88.18");

		driver.get(url("/account/tokens"));
		assertThat(driver.findElements(By.id("new-token"))).isEmpty();
		String row = driver.findElement(By.cssSelector("table.tokens tbody tr")).getText();
		assertThat(row).contains("月度导出脚本", secret.substring(0, 9), "有效").doesNotContain("从未使用");

		driver.findElement(By.cssSelector("table.tokens button")).click();
		browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.tokens tbody tr"), "已撤销"));
		browser.screenshot("accounts-token-revoked");
	}

	@Test
	void swaggerUiShowsTheApiToSignedInUsers() {
		browser.logIn(url(""), "zhangying", TestUsers.PASSWORD);
		driver.findElement(By.linkText("接口文档")).click();
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
					"绩效自评 API"));
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='operations-'][id*='score']")));
		assertThat(driver.findElement(By.cssSelector(".swagger-ui .auth-wrapper button")).getText())
			.contains("Authorize");
		browser.screenshot("accounts-swagger-ui");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

package io.github.perfeval.overview.web;

import java.util.List;

import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
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
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a reviewer of all departments opens 总览 from the top navigation, filters it
 * by 单位类型, sorts it by 综合评分 and opens a department's row.
 */
@BrowserTest
class OverviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	DepartmentDirectory departments;

	Browser browser;

	WebDriver driver;

	@BeforeEach
	void threeDepartmentsOfTwoTypes() {
		users.reset();
		long hospitals = type("医院");
		long offices = type("行政单位");
		imported("LH-WJJ", "深圳市罗湖区卫生健康局", offices);
		imported("LH-RMYY", "深圳市罗湖区人民医院", hospitals);
		imported("FT-FY", "深圳市福田区妇幼保健院", hospitals);
		users.reviewer("city-reviewer");
		browser = new Browser();
		driver = browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aReviewerFiltersTheOverviewAndOpensARow() {
		browser.logIn(url(""), "city-reviewer", TestUsers.PASSWORD);
		driver.findElement(By.linkText("总览")).click();
		browser.waiting().until(ExpectedConditions.titleContains("总览"));
		assertThat(rows()).hasSize(3);
		assertThat(driver.findElement(By.cssSelector(".summary-count")).getText()).isEqualTo("3");

		new Select(driver.findElement(By.name("type"))).selectByVisibleText("医院");
		driver.findElement(By.cssSelector(".overview-filter button[type=submit]")).click();
		browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.overview-rows tbody tr"), 2));
		assertThat(driver.getCurrentUrl()).contains("type=" + type("医院"));
		assertThat(rows()).extracting(row -> row.findElement(By.cssSelector("a.open")).getText())
			.containsExactlyInAnyOrder("深圳市罗湖区人民医院", "深圳市福田区妇幼保健院");
		driver.findElement(By.cssSelector("th a[data-sort=TOTAL]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("sort=TOTAL"));
		assertThat(driver.getCurrentUrl()).contains("type=");
		assertThat(rows()).hasSize(2);
		browser.screenshot("overview-filtered");

		driver.findElement(By.linkText("深圳市福田区妇幼保健院")).click();
		browser.waiting().until(ExpectedConditions.titleContains("深圳市福田区妇幼保健院"));
		assertThat(driver.getCurrentUrl()).matches(".*/evaluations/\\d+");
	}

	private List<WebElement> rows() {
		return driver.findElements(By.cssSelector("table.overview-rows tbody tr"));
	}

	private long type(String name) {
		return departments.types().stream().filter(type -> type.name().equals(name)).findFirst().orElseThrow().id();
	}

	private void imported(String code, String name, long typeId) {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("department")).put("code", code).put("name", name);
		TestUsers.importAsAdministrator(url(""), SeedCases.json(document));
		DepartmentRef department = departments.byCode(code).orElseThrow();
		departments.type(department.id(), typeId);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}

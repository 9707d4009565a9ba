package io.github.perfeval.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 用户与部门 with many departments and users: each list 50 rows a page, searched, with the
 * 上级部门 and 所属部门 names of its rows; a page or search out of bounds shows the first page
 * with the reason. (Before, each row scanned every department: 23 s at 5,000.)
 */
@PostgresIntegrationTest
class AdminListsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DepartmentDirectory departments;

	@BeforeEach
	void aHundredAndTwentyDepartmentsAndSixtyUsers() {
		users.reset();
		DepartmentRef bureau = departments.create("A-000", "罗湖区卫生健康局", null);
		for (int i = 1; i < 120; i++) {
			DepartmentRef unit = departments.create(String.format("A-%03d", i), "下属单位 " + i, bureau.id());
			if (i <= 60) {
				accounts.create(String.format("filler%03d", i), TestUsers.PASSWORD, "填报人 " + i, Role.FILLER,
						Set.of(unit.id(), bureau.id()));
			}
		}
	}

	@Test
	void eachListShowsFiftyRowsAPageWithTheNamesOfTheirDepartments() {
		String first = page("/admin");
		String third = page("/admin?dp=3");

		assertThat(first).contains("共 120 个", "共 61 个", "第 1 页，共 3 页", "第 1 页，共 2 页", "A-049", "下属单位 49")
			.doesNotContain("A-050");
		// 上级部门 by name; a 填报人's departments by name, in code order.
		assertThat(first).containsPattern("下属单位 1</td>\\s*<td>罗湖区卫生健康局</td>");
		assertThat(first).containsPattern("(?s)filler001</td>.*?<span>罗湖区卫生健康局</span><br>\\s*<span>下属单位 1</span>");
		assertThat(third).contains("A-100", "A-119", "第 3 页，共 3 页").doesNotContain("A-099<");
	}

	@Test
	void aSearchFindsByNameOrCodeAndKeepsTheOtherListsSearch() {
		String found = page("/admin?dq=单位 11&uq=filler05");

		assertThat(found).contains("找到 11 个（共 120 个）", "A-011", "A-110", "A-119").doesNotContain("A-012<");
		assertThat(found).contains("找到 10 个（共 61 个）", "filler050", "filler059").doesNotContain("filler049");
		assertThat(found).contains("value=\"单位 11\"", "value=\"filler05\"");
		assertThat(page("/admin?dq=没有这个部门")).contains("没有符合条件的记录，请换个词查找。");
	}

	@Test
	void aPageOrSearchOutOfBoundsShowsTheFirstPageWithTheReason() {
		assertThat(page("/admin?dp=0")).contains("页码应为 1 至 100000 之间的整数", "第 1 页，共 3 页", "A-000");
		assertThat(page("/admin?up=abc")).contains("页码应为 1 至 100000 之间的整数", "第 1 页，共 2 页");
		assertThat(page("/admin?dq=" + "长".repeat(101))).contains("查找的内容不能超过 100 个字", "共 120 个");
		// Beyond the last page: the last page.
		assertThat(page("/admin?dp=99")).contains("第 3 页，共 3 页", "A-119");
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(user(accounts.loadUserByUsername("admin"))).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}

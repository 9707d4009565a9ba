package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.GeneratedDepartments;
import io.github.perfeval.support.GeneratedDepartmentsTest;
import io.github.perfeval.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The home page of an administrator who sees 5,000 departments' 15,000 evaluations: the
 * newest {@value EvaluationPageController#HOME_ROWS} with their stored scores, and the
 * way to the 总览 for the rest; the 新建年度自评 form lists at most
 * {@value EvaluationPageController#DEPARTMENT_CHOICES} departments and finds the others
 * by name or code. A 填报人 of two of them picks from those two, without a search.
 */
@GeneratedDepartmentsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageScaleTests {

	private static final Pattern OPTION = Pattern
		.compile("<option value=\"(\\d+)\"(?: selected=\"selected\")?>([^<]*)</option>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	GeneratedDepartments generator;

	@Autowired
	JdbcTemplate jdbc;

	GeneratedDepartments.Generated generated;

	@BeforeAll
	void generate() {
		generated = generator.ensure();
		if (jdbc.queryForObject("select count(*) from app_user where username = 'scale-filler'", Integer.class) == 0) {
			accounts.create("scale-filler", TestUsers.PASSWORD, "scale-filler", Role.FILLER, Set.copyOf(jdbc
				.queryForList("select id from department where code in ('GEN-00001', 'GEN-00002')", Long.class)));
		}
	}

	@Test
	void listsTheNewestRowsWithTheirStoredScoresAndPointsToTheOverview() throws Exception {
		MvcResult result = mvc.get().uri("/").with(admin()).exchange().getMvcResult();
		List<?> rows = (List<?>) result.getModelAndView().getModel().get("rows");
		assertThat(rows).hasSize(EvaluationPageController.HOME_ROWS);
		assertThat(rows).allSatisfy(row -> {
			EvaluationPageController.HomeRow home = (EvaluationPageController.HomeRow) row;
			assertThat(home.summary().year()).isEqualTo(generated.lastYear());
			assertThat(home.total()).isNotNull();
		});
		// The newest year's, by department code: the first codes of the generator.
		List<String> codes = rows.stream()
			.map(row -> ((EvaluationPageController.HomeRow) row).summary().departmentCode())
			.toList();
		assertThat(codes).isSorted().startsWith("GEN-00001", "GEN-00002");
		assertThat(result.getModelAndView().getModel().get("moreRows")).isEqualTo(generated.evaluations());
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("共 15000 份自评，此处列出最新的 200 份", "href=\"/overview\"");
		// Links as written, not looked up in the static locations (system/WebResources).
		assertThat(page)
			.contains("href=\"/evaluations/" + ((EvaluationPageController.HomeRow) rows.get(0)).summary().id() + "\"")
			.contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
	}

	@Test
	void anAdministratorFindsTheDepartmentOfANewEvaluationAmongFiveThousandBySearchNotInOneList() throws Exception {
		String page = body("/", admin());

		List<String[]> options = options(page);
		assertThat(options).hasSize(EvaluationPageController.DEPARTMENT_CHOICES);
		assertThat(page).contains("name=\"departmentSearch\"", "查找部门（名称或代码）",
				"共 " + generated.departments() + " 个部门，此处列出按名称排序的前 20 个；请在上方输入名称或代码查找。");
		// Labelled with the code: names repeat across districts' lists.
		assertThat(options.get(0)[1]).matches(".+（GEN-\\d{5}）");

		int hospitals = jdbc.queryForObject("select count(*) from department where name like '%医院%'", Integer.class);
		String found = body("/?departmentSearch=医院", admin());
		assertThat(options(found)).hasSize(EvaluationPageController.DEPARTMENT_CHOICES)
			.allSatisfy(option -> assertThat(option[1]).contains("医院"));
		assertThat(found).contains("名称或代码含“医院”的部门共 " + hospitals + " 个，此处列出前 20 个；输入更多字可缩小范围。", "value=\"医院\"");

		String byCode = body("/evaluations/new/departments?departmentSearch=gen-00002", admin());
		String name = jdbc.queryForObject("select name from department where code = 'GEN-00002'", String.class);
		assertThat(options(byCode)).extracting(option -> option[1]).containsExactly(name + "（GEN-00002）");
		assertThat(byCode).contains("名称或代码含“gen-00002”的部门共 1 个。").doesNotContain("<html", "共 15000 份自评");

		assertThat(options(body("/evaluations/new/departments?departmentSearch=没有这样的部门", admin()))).isEmpty();
		assertThat(body("/evaluations/new/departments?departmentSearch=没有这样的部门", admin()))
			.contains("没有名称或代码含“没有这样的部门”的部门，请换个词查找。");
	}

	@Test
	void aRefusedFormKeepsTheChosenDepartmentAmongTheChoices() throws Exception {
		// The last by name: never among the first 20 listed.
		long last = jdbc.queryForObject(
				"select id from department order by name collate pinyin desc, code desc limit 1", Long.class);
		String page = mvc.post()
			.uri("/evaluations")
			.with(admin())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("departmentId", String.valueOf(last))
			.param("year", "1999")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String[]> options = options(page);
		assertThat(options).hasSize(EvaluationPageController.DEPARTMENT_CHOICES + 1);
		assertThat(options.get(0)[0]).isEqualTo(String.valueOf(last));
		assertThat(page).contains("<option value=\"" + last + "\" selected=\"selected\">");
	}

	@Test
	void aFillerOfTwoDepartmentsPicksFromThoseTwoWithoutASearch() throws Exception {
		String page = body("/", user(accounts.loadUserByUsername("scale-filler")));

		List<String> names = jdbc.queryForList(
				"select name from department where code in ('GEN-00001', 'GEN-00002') order by name collate pinyin",
				String.class);
		assertThat(options(page)).extracting(option -> option[1]).containsExactlyElementsOf(names);
		assertThat(page).doesNotContain("name=\"departmentSearch\"", "个部门，此处列出")
			.contains("可作为基础的自评：" + names.get(0) + " 2025、2024、2023 年",
					"可作为基础的自评：" + names.get(1) + " 2025、2024、2023 年");
		// Their six evaluations, newest year first, and no more.
		assertThat(page).doesNotContain("份自评，此处列出最新的");
		assertThat(Pattern.compile("<a class=\"btn\" href=\"/evaluations/\\d+\">").matcher(page).results().count())
			.isEqualTo(6);
	}

	private RequestPostProcessor admin() {
		return user(accounts.loadUserByUsername("admin"));
	}

	private String body(String uri, RequestPostProcessor user) throws Exception {
		return mvc.get().uri(uri).with(user).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The department options of the 新建年度自评 form: id and label. */
	private static List<String[]> options(String page) {
		int select = page.indexOf("<select id=\"departmentId\"");
		assertThat(select).as("the department select").isNotNegative();
		String options = page.substring(select, page.indexOf("</select>", select));
		Matcher matcher = OPTION.matcher(options);
		List<String[]> found = new java.util.ArrayList<>();
		while (matcher.find()) {
			found.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		return found;
	}

}

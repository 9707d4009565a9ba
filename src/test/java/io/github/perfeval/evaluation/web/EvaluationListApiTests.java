package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.ApiImports;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * {@code GET /api/evaluations} a page at a time: the order, the total and the next page
 * in the headers, a year's evaluations, what a 填报人 sees, and page and size bounded with
 * Chinese messages.
 */
@PostgresIntegrationTest
class EvaluationListApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	private static final RequestPostProcessor ADMIN = httpBasic("admin", TestUsers.ADMIN_PASSWORD);

	@BeforeEach
	void fiveYearsOfLuohuAndOneOfHku() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		for (int year = 2020; year <= 2024; year++) {
			ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
			document.put("year", year);
			ApiImports.imported(mvc, SeedCases.json(document));
		}
		ApiImports.imported(mvc, SeedCases.text(SeedCases.HKU));
	}

	@Test
	void aPageAtATimeWithTheTotalAndTheNextPage() {
		MockHttpServletResponse first = get("/api/evaluations?size=2", ADMIN);
		MockHttpServletResponse second = get("/api/evaluations?size=2&page=2", ADMIN);
		MockHttpServletResponse last = get("/api/evaluations?size=2&page=3", ADMIN);

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(years(first)).containsExactly(2024, 2023);
		assertThat(first.getHeader("X-Total-Count")).isEqualTo("6");
		assertThat(first.getHeader("Link")).isEqualTo("</api/evaluations?page=2&size=2>; rel=\"next\"");
		// Newest year first, then by department code: 香港大学深圳医院 (HKU-SZH) 2021 before 罗湖
		// 2021.
		assertThat(years(second)).containsExactly(2022, 2021);
		assertThat(codes(second)).containsExactly("LH-WJJ", "HKU-SZH");
		assertThat(second.getHeader("Link")).isEqualTo("</api/evaluations?page=3&size=2>; rel=\"next\"");
		assertThat(years(last)).containsExactly(2021, 2020);
		assertThat(codes(last)).containsExactly("LH-WJJ", "LH-WJJ");
		assertThat(last.getHeader("Link")).isNull();
		assertThat(rows(get("/api/evaluations?size=2&page=4", ADMIN))).isEmpty();
	}

	@Test
	void oneYearAndWhatAFillerSees() {
		MockHttpServletResponse year = get("/api/evaluations?year=2021", ADMIN);
		MockHttpServletResponse filler = get("/api/evaluations", user(accounts.loadUserByUsername("zhangying")));

		assertThat(codes(year)).containsExactly("HKU-SZH", "LH-WJJ");
		assertThat(year.getHeader("X-Total-Count")).isEqualTo("2");
		assertThat(year.getHeader("Link")).isNull();
		assertThat(codes(filler)).containsOnly("LH-WJJ").hasSize(5);
		assertThat(filler.getHeader("X-Total-Count")).isEqualTo("5");
	}

	@Test
	void pageAndSizeAreBoundedWithChineseMessages() {
		assertThat(error("/api/evaluations?size=0")).isEqualTo("size：每页条数（size）应为 1 至 1000 之间的整数");
		assertThat(error("/api/evaluations?size=5000")).isEqualTo("size：每页条数（size）应为 1 至 1000 之间的整数");
		assertThat(error("/api/evaluations?page=abc")).isEqualTo("page：页码（page）应为 1 至 100000 之间的整数");
		assertThat(error("/api/evaluations?year=1999")).isEqualTo("year：年度应为 2000 至 2100 之间的整数");
	}

	private String error(String uri) {
		MockHttpServletResponse response = get(uri, ADMIN);
		assertThat(response.getStatus()).as(uri).isEqualTo(400);
		JsonNode error = SeedCases.read(body(response)).get("errors").get(0);
		return error.get("field").asString() + "：" + error.get("message").asString();
	}

	private MockHttpServletResponse get(String uri, RequestPostProcessor as) {
		return mvc.get().uri(uri).with(as).exchange().getResponse();
	}

	private static java.util.List<Integer> years(MockHttpServletResponse response) {
		return rows(response).stream().map(row -> row.get("year").asInt()).toList();
	}

	private static java.util.List<String> codes(MockHttpServletResponse response) {
		return rows(response).stream().map(row -> row.get("departmentCode").asString()).toList();
	}

	private static java.util.List<JsonNode> rows(MockHttpServletResponse response) {
		java.util.List<JsonNode> rows = new java.util.ArrayList<>();
		SeedCases.read(body(response)).forEach(rows::add);
		return rows;
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

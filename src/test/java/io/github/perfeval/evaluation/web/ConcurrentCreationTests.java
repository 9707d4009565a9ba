package io.github.perfeval.evaluation.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.ApiTokens;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.Race;
import io.github.perfeval.support.Responses;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.ServerTest;
import io.github.perfeval.support.TestUsers;
import io.github.perfeval.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One department, one evaluation a year, also when many start or import the same year at
 * the same moment: one lands, every other is told in Chinese that the year exists (409 or
 * the form's message), never a failure; one row, one line of record.
 */
@ServerTest
class ConcurrentCreationTests {

	static final int IMPORTS = 16;

	static final String EXISTS_2024 = "深圳市罗湖区卫生健康局 已有 2024 年度的自评，不能重复导入";

	private static final Logger log = LoggerFactory.getLogger(ConcurrentCreationTests.class);

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	String admin;

	@BeforeEach
	void reset() {
		users.reset();
		admin = tokens.create("admin", "脚本").secret();
	}

	@Test
	void concurrentImportsOfTheSameYearImportOnceAndRefuseTheRestWith409() {
		users.department("LH-WJJ", "深圳市罗湖区卫生健康局");

		List<HttpResponse<String>> responses = importAtOnce(SeedCases.text(SeedCases.LUOHU));

		log.info("{} imports of 罗湖 2024 at once, department existing: {}", IMPORTS, Responses.counts(responses));
		assertOneImportedTheRestRefused(responses, EXISTS_2024);
	}

	@Test
	void concurrentImportsOfANewDepartmentCreateItOnceAndImportOnce() {
		List<HttpResponse<String>> responses = importAtOnce(SeedCases.text(SeedCases.LUOHU));

		log.info("{} imports of 罗湖 2024 at once, department new: {}", IMPORTS, Responses.counts(responses));
		assertOneImportedTheRestRefused(responses, EXISTS_2024);
		assertThat(jdbc.queryForList("select code || ' ' || name from department", String.class))
			.containsExactly("LH-WJJ 深圳市罗湖区卫生健康局");
	}

	@Test
	void concurrentImportsOfTwoYearsOfANewDepartmentImportEachYearOnce() {
		ObjectNode earlier = SeedCases.tree(SeedCases.LUOHU);
		earlier.put("year", 2023);
		List<String> documents = List.of(SeedCases.text(SeedCases.LUOHU), SeedCases.json(earlier));

		List<HttpResponse<String>> responses = Race.times(IMPORTS,
				n -> WebSession.api(base(), admin, "/api/evaluations", documents.get(n % 2)));

		log.info("{} imports of 罗湖 2024 and 2023 at once, department new: {}", IMPORTS, Responses.counts(responses));
		Map<Integer, List<Integer>> byStatus = Responses.byStatus(responses);
		assertThat(byStatus.keySet()).as(Responses.otherThan(responses, 201, 409)).containsOnly(201, 409);
		assertThat(byStatus.get(201)).hasSize(2).extracting(n -> n % 2).containsExactlyInAnyOrder(0, 1);
		for (int refused : byStatus.get(409)) {
			assertThat(detail(responses.get(refused)))
				.isEqualTo("深圳市罗湖区卫生健康局 已有 " + (refused % 2 == 0 ? 2024 : 2023) + " 年度的自评，不能重复导入");
		}
		assertThat(jdbc.queryForList("select year from evaluation order by year", Integer.class)).containsExactly(2023,
				2024);
		assertThat(jdbc.queryForObject("select count(*) from department", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForList("select detail from audit_event where action = 'IMPORTED' order by detail",
				String.class))
			.containsExactly("2023", "2024");
	}

	@Test
	void fillersStartingTheSameYearAtOnceStartItOnceAndTheOthersAreToldOnTheForm() {
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("filler0", luohu);
		users.filler("filler1", luohu);
		List<WebSession> sessions = Race.times(10, n -> WebSession.logIn(base(), "filler" + n % 2, TestUsers.PASSWORD));
		sessions.forEach(session -> session.get("/"));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("departmentId", String.valueOf(luohu.id()));
		form.add("year", "2023");

		List<HttpResponse<String>> responses = Race.times(sessions.size(),
				n -> sessions.get(n).post("/evaluations", form));

		log.info("{} sessions starting 罗湖 2023 at once: {}", sessions.size(), Responses.counts(responses));
		Map<Integer, List<Integer>> byStatus = Responses.byStatus(responses);
		assertThat(byStatus.keySet()).as(Responses.otherThan(responses, 302, 200)).containsOnly(302, 200);
		assertThat(byStatus.get(302)).hasSize(1);
		long id = jdbc.queryForObject("select id from evaluation", Long.class);
		assertThat(responses.get(byStatus.get(302).get(0)).headers().firstValue("Location").orElseThrow())
			.endsWith("/evaluations/" + id);
		for (int refused : byStatus.get(200)) {
			assertThat(responses.get(refused).body()).contains("深圳市罗湖区卫生健康局 已有 2023 年度的自评，不能重复导入");
		}
		int winner = byStatus.get(302).get(0);
		assertThat(jdbc.queryForList("select action || ' ' || actor || ' ' || detail from audit_event", String.class))
			.containsExactly("CREATED filler" + winner % 2 + " 2023");
	}

	@Test
	void anAdministratorsDoubleSubmitCreatesAUserAndADepartmentOnceAndSaysSoTheSecondTime() {
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		List<WebSession> sessions = Race.times(6, n -> WebSession.logIn(base(), "admin", TestUsers.ADMIN_PASSWORD));
		sessions.forEach(session -> session.get("/admin"));
		MultiValueMap<String, String> user = new LinkedMultiValueMap<>();
		user.add("username", "zhangying");
		user.add("displayName", "张莹");
		user.add("role", "FILLER");
		user.add("departmentIds", String.valueOf(luohu.id()));
		user.add("password", "zhangying-password-1");
		MultiValueMap<String, String> department = new LinkedMultiValueMap<>();
		department.add("code", "LH-RMYY");
		department.add("name", "深圳市罗湖区人民医院");

		List<HttpResponse<String>> users = Race.times(sessions.size(), n -> sessions.get(n).post("/admin/users", user));
		List<HttpResponse<String>> departments = Race.times(sessions.size(),
				n -> sessions.get(n).post("/admin/departments", department));

		for (List<HttpResponse<String>> responses : List.of(users, departments)) {
			Map<Integer, List<Integer>> byStatus = Responses.byStatus(responses);
			assertThat(byStatus.keySet()).as(Responses.otherThan(responses, 302, 200)).containsOnly(302, 200);
			assertThat(byStatus.get(302)).hasSize(1);
		}
		Responses.byStatus(users)
			.getOrDefault(200, List.of())
			.forEach(refused -> assertThat(users.get(refused).body()).contains("已有这个用户名"));
		Responses.byStatus(departments)
			.getOrDefault(200, List.of())
			.forEach(refused -> assertThat(departments.get(refused).body()).contains("已有这个部门代码"));
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'zhangying'", Long.class))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from department where code = 'LH-RMYY'", Long.class)).isOne();
	}

	private List<HttpResponse<String>> importAtOnce(String document) {
		return Race.times(IMPORTS, n -> WebSession.api(base(), admin, "/api/evaluations", document));
	}

	private void assertOneImportedTheRestRefused(List<HttpResponse<String>> responses, String exists) {
		Map<Integer, List<Integer>> byStatus = Responses.byStatus(responses);
		assertThat(byStatus.keySet()).as(Responses.otherThan(responses, 201, 409)).containsOnly(201, 409);
		assertThat(byStatus.get(201)).hasSize(1);
		assertThat(byStatus.get(409)).hasSize(IMPORTS - 1);
		for (int refused : byStatus.get(409)) {
			assertThat(detail(responses.get(refused))).isEqualTo(exists);
		}
		long id = jdbc.queryForObject("select id from evaluation", Long.class);
		assertThat(responses.get(byStatus.get(201).get(0)).headers().firstValue("Location").orElseThrow())
			.endsWith("/api/evaluations/" + id);
		assertThat(jdbc.queryForList(
				"select action || ' ' || actor || ' ' || detail from audit_event" + " where action <> 'CHANGED'",
				String.class))
			.containsExactly("IMPORTED admin 2024");
		assertThat(jdbc.queryForObject("select count(distinct evaluation_id) from audit_event", Long.class))
			.isEqualTo(1);
	}

	private static String detail(HttpResponse<String> response) {
		return SeedCases.read(response.body()).get("detail").asString();
	}

	private String base() {
		return "http://localhost:" + port;
	}

}

package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 下属单位 roll up: a department's filler whom the administrator allows it sees the
 * evaluations of its sub-units at any depth, read only — never those of another
 * department, never filling them in, importing into them or changing their evidence — and
 * a filler without the permission sees only their own.
 */
@PostgresIntegrationTest
class SubUnitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DepartmentDirectory departments;

	@Autowired
	JdbcTemplate jdbc;

	long hospital;

	long clinic;

	long futian;

	@BeforeEach
	void aBureauWithAHospitalThatHasAClinic() {
		users.reset();
		DepartmentRef bureau = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef hospitalUnit = departments.create("LH-RMYY", "深圳市罗湖区人民医院", bureau.id());
		DepartmentRef clinicUnit = departments.create("LH-RMYY-SQ", "罗湖区人民医院社区健康服务中心", hospitalUnit.id());
		users.department("FT-WJJ", "深圳市福田区卫生健康局");
		users.filler("bureau", bureau);
		users.filler("plain", bureau);
		hospital = imported("LH-RMYY", "深圳市罗湖区人民医院");
		clinic = imported("LH-RMYY-SQ", "罗湖区人民医院社区健康服务中心");
		futian = imported("FT-WJJ", "深圳市福田区卫生健康局");
		long bureauId = bureau.id();
		assertThat(mvc.post()
			.uri("/admin/users/bureau")
			.with(as("admin"))
			.with(csrf())
			.param("displayName", "局财务科")
			.param("role", "FILLER")
			.param("departmentIds", String.valueOf(bureauId))
			.param("reviewLevel", "1")
			.param("seesSubUnits", "true")).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select sees_sub_units from app_user where username = 'bureau'", Boolean.class))
			.isTrue();
	}

	@Test
	void theAllowedFillerSeesTheSubUnitsAtAnyDepthAndNoOtherDepartment() throws Exception {
		String home = page("bureau", "/");
		assertThat(home).contains("深圳市罗湖区人民医院", "罗湖区人民医院社区健康服务中心").doesNotContain("深圳市福田区卫生健康局");
		assertThat(page("bureau", "/evaluations/" + clinic)).contains("罗湖区人民医院社区健康服务中心", "（只读）").doesNotContain("保存草稿");
		assertThat(mvc.get().uri("/api/evaluations/{id}/sheet", hospital).with(basic("bureau"))).hasStatusOk()
			.bodyText()
			.contains("\"total\"");
		assertThat(mvc.get().uri("/evaluations/{id}", futian).with(as("bureau"))).hasStatus(404);

		String home2 = page("plain", "/");
		assertThat(home2).doesNotContain("深圳市罗湖区人民医院");
		assertThat(mvc.get().uri("/evaluations/{id}", hospital).with(as("plain"))).hasStatus(404);
	}

	@Test
	void seeingASubUnitIsNotFillingItIn() throws Exception {
		long version = jdbc.queryForObject("select version from evaluation where id = ?", Long.class, hospital);
		MockHttpServletResponse saved = mvc.post()
			.uri("/evaluations/{id}", hospital)
			.with(as("bureau"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("text:functions", "改写")
			.exchange()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(403);
		assertThat(saved.getContentAsString(StandardCharsets.UTF_8)).contains("您无权进行此操作。");
		assertThat(jdbc.queryForObject("select version from evaluation where id = ?", Long.class, hospital))
			.isEqualTo(version);

		assertThat(mvc.post()
			.uri("/evaluations/{id}/submit", hospital)
			.with(as("bureau"))
			.with(csrf())
			.param("version", String.valueOf(version))).hasStatus(403);
		assertThat(jdbc.queryForObject("select status from evaluation where id = ?", String.class, hospital))
			.isEqualTo("DRAFT");

		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.remove("overrides");
		document.put("year", 2023);
		((ObjectNode) document.get("department")).put("code", "LH-RMYY").put("name", "深圳市罗湖区人民医院");
		assertThat(mvc.post()
			.uri("/api/evaluations")
			.with(basic("bureau"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.json(document))).hasStatus(403);

		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence", hospital)
			.multipart()
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf",
					io.github.perfeval.evidence.EvidenceTestFiles.pdf()))
			.with(as("bureau"))
			.with(csrf())).hasStatus(403).bodyText().contains("只有本部门的填报人（或管理员）上传和删除佐证材料");
		assertThat(jdbc.queryForObject("select count(*) from evaluation where department_id = "
				+ "(select id from department where code = 'LH-RMYY')", Long.class))
			.isOne();
	}

	private long imported(String code, String name) {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		((ObjectNode) document.get("department")).put("code", code).put("name", name);
		MockHttpServletResponse response = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.json(document))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		String location = response.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(String who, String uri) throws Exception {
		MockHttpServletResponse response = mvc.get().uri(uri).with(as(who)).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
	}

	private static RequestPostProcessor basic(String who) {
		return httpBasic(who, TestUsers.PASSWORD);
	}

}

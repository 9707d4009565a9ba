package io.github.perfeval.account.web;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.department.DepartmentTypeRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 单位类型 as the administrator keeps them: added and renamed (a name required, at most 50
 * characters, not another type's, each refusal in Chinese beside what was typed), chosen
 * for a new department and in a department's edit form, every change on the
 * administration record in Chinese.
 */
@PostgresIntegrationTest
class DepartmentTypeAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DepartmentDirectory departments;

	@Autowired
	io.github.perfeval.account.UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		users.reset();
	}

	@Test
	void aTypeIsAddedAndRenamedOnRecord() {
		assertThat(post("/admin/department-types", "name", "  社区健康服务中心 ")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin#types")
			.flash()
			.containsEntry("notice", "admin.type.created");
		DepartmentTypeRef added = type("社区健康服务中心");
		assertThat(departments.types()).extracting(DepartmentTypeRef::name)
			.containsExactly("行政单位", "医院", "疾控/公共卫生", "学校", "其他事业单位", "社区健康服务中心");
		assertThat(page("/admin")).contains("社区健康服务中心", "新增单位类型");

		assertThat(post("/admin/department-types/" + added.id(), "name", "社区卫生服务中心")).hasStatus3xxRedirection();
		assertThat(departments.type(added.id()).orElseThrow().name()).isEqualTo("社区卫生服务中心");

		String record = page("/admin/history");
		assertThat(record).contains("新增单位类型", "修改单位类型", "社区健康服务中心", "社区卫生服务中心");
		assertThat(jdbc.queryForList("select action from admin_event order by id", String.class))
			.containsExactly("DEPARTMENT_TYPE_CREATED", "DEPARTMENT_TYPE_CHANGED");
	}

	@Test
	void aDuplicateEmptyOrLongNameIsRefusedInChineseWithWhatWasTyped() {
		MvcTestResult duplicate = post("/admin/department-types", "name", "医院");
		assertThat(duplicate).hasStatusOk().bodyText().contains("已有这个单位类型", "id=\"type-name\"", "value=\"医院\"");
		assertThat(post("/admin/department-types", "name", " ")).hasStatusOk().bodyText().contains("请填写单位类型名称");
		String long51 = "长".repeat(51);
		assertThat(post("/admin/department-types", "name", long51)).hasStatusOk()
			.bodyText()
			.contains("单位类型名称不能超过 50 字", "value=\"" + long51 + "\"");
		assertThat(departments.types()).hasSize(5);

		long school = type("学校").id();
		assertThat(post("/admin/department-types/" + school, "name", "医院")).hasStatusOk()
			.bodyText()
			.contains("已有这个单位类型", "value=\"医院\"");
		assertThat(departments.type(school).orElseThrow().name()).isEqualTo("学校");
		assertThat(post("/admin/department-types/999999", "name", "无")).hasStatus(404);
		assertThat(jdbc.queryForObject("select count(*) from admin_event", Integer.class)).isZero();
	}

	@Test
	void aDepartmentGetsItsTypeWhenCreatedAndEditedOnRecord() {
		long hospitals = type("医院").id();
		assertThat(post("/admin/departments", "code", "LH-RMYY", "name", "深圳市罗湖区人民医院", "typeId",
				String.valueOf(hospitals)))
			.hasStatus3xxRedirection();
		DepartmentRef created = departments.byCode("LH-RMYY").orElseThrow();
		assertThat(created.typeId()).isEqualTo(hospitals);
		assertThat(page("/admin")).contains("<td>医院</td>");

		long schools = type("学校").id();
		assertThat(page("/admin/departments/" + created.id())).contains("单位类型",
				"<option value=\"" + hospitals + "\" selected=\"selected\">医院</option>");
		assertThat(post("/admin/departments/" + created.id(), "name", "深圳市罗湖区人民医院", "reviewLevels", "1", "typeId",
				String.valueOf(schools)))
			.hasStatus3xxRedirection();
		assertThat(departments.byId(created.id()).orElseThrow().typeId()).isEqualTo(schools);

		assertThat(post("/admin/departments/" + created.id(), "name", "深圳市罗湖区人民医院", "reviewLevels", "1", "typeId",
				"999999"))
			.hasStatusOk()
			.bodyText()
			.contains("没有这个单位类型");
		assertThat(post("/admin/departments", "code", "LH-X", "name", "单位", "typeId", "999999")).hasStatusOk()
			.bodyText()
			.contains("没有这个单位类型", "value=\"LH-X\"");
		assertThat(departments.byCode("LH-X")).isEmpty();

		String record = page("/admin/history");
		assertThat(record).contains("修改部门", "<td>单位类型</td>", "<td class=\"pre\">医院</td>", "<td class=\"pre\">学校</td>");
	}

	private DepartmentTypeRef type(String name) {
		return departments.types().stream().filter(type -> type.name().equals(name)).findFirst().orElseThrow();
	}

	private MvcTestResult post(String uri, String... params) {
		var request = mvc.post().uri(uri).with(user(accounts.loadUserByUsername("admin"))).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private String page(String uri) {
		try {
			return mvc.get()
				.uri(uri)
				.with(user(accounts.loadUserByUsername("admin")))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

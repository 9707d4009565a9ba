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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 单位填报 → 主管部门审核 → 财政审核: each transition by whom it belongs to and from the state it
 * belongs to, every refusal said in Chinese, overrides a reviewer's act only, approved
 * means frozen, and every act on record — which the database will not let anybody
 * rewrite.
 */
@PostgresIntegrationTest
class ReviewWorkflowTests {

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

	long id;

	@BeforeEach
	void luohuWithTwoReviewLevels() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		departments.reviewIn(luohu.id(), 2);
		users.filler("zhangying", luohu);
		users.reviewer("district");
		users.reviewer("bureau");
		accounts.reviewAt("bureau", 2);
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		MockHttpServletResponse imported = api("admin", "/api/evaluations", SeedCases.json(document));
		assertThat(imported.getStatus()).isEqualTo(201);
		String location = imported.getHeader("Location");
		id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void anAdministratorSetsTheReviewLevelsOfADepartmentAndOfAReviewer() {
		long department = jdbc.queryForObject("select id from department where code = 'LH-WJJ'", Long.class);
		assertThat(mvc.post()
			.uri("/admin/departments/{id}", department)
			.with(as("admin"))
			.with(csrf())
			.param("name", "深圳市罗湖区卫生健康局")
			.param("reviewLevels", "1")).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/admin/users/district")
			.with(as("admin"))
			.with(csrf())
			.param("displayName", "区卫健审核")
			.param("role", "REVIEWER")
			.param("reviewLevel", "2")
			.param("allDepartments", "true")).hasStatus3xxRedirection();

		assertThat(jdbc.queryForObject("select review_levels from department where id = ?", Integer.class, department))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select review_level from app_user where username = 'district'", Integer.class))
			.isEqualTo(2);
		assertThat(
				body(mvc.get().uri("/admin/departments/{id}", department).with(as("admin")).exchange().getResponse()))
			.contains("一级：主管部门审核后即审定");
		submitAsFiller();
		assertThat(act("bureau", "approve", "{\"version\": " + version() + "}").getStatus()).isEqualTo(409);
		assertThat(act("district", "approve", "{\"version\": " + version() + "}").getStatus()).isEqualTo(409);
	}

	@Test
	void aReviewerAssignedToAnotherDepartmentNeitherSeesNorReviewsThisOne() {
		users.reviewerOf("hku-reviewer", users.department("HKU-SZH", "香港大学深圳医院"));
		users.reviewerOf("luohu-reviewer", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		submitAsFiller();

		assertThat(mvc.get().uri("/api/evaluations/{id}", id).with(basic("hku-reviewer"))).hasStatus(404);
		assertThat(body(mvc.get().uri("/").with(as("hku-reviewer")).exchange().getResponse()))
			.doesNotContain("深圳市罗湖区卫生健康局 ");
		assertThat(act("hku-reviewer", "return", "{\"version\": " + version() + ", \"reason\": \"越权\"}").getStatus())
			.isEqualTo(404);
		assertThat(status()).isEqualTo("SUBMITTED");
		assertThat(act("luohu-reviewer", "return", "{\"version\": " + version() + ", \"reason\": \"请核对\"}").getStatus())
			.isEqualTo(200);
	}

	@Test
	void aFillersImportCarryingAnOverrideIsRefusedNamingIt() {
		ObjectNode document = SeedCases.tree(SeedCases.LUOHU);
		document.put("year", 2023);
		((ObjectNode) document.get("overrides")).putObject("2.1.1").put("score", 2).put("reason", "我认为应得满分");

		MockHttpServletResponse refused = api("zhangying", "/api/evaluations", SeedCases.json(document));

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(body(refused)).contains("指标 2.1.1「政府采购执行情况」的“调整得分”：调整得分只能由审核人在审核时设置", "指标 3.4.2「公众或服务对象满意度」的“调整得分”");
		assertThat(api("district", "/api/evaluations", SeedCases.json(document)).getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(1);
	}

	@Test
	void theWholeCycleThroughTwoLevelsWithEveryRefusalSaid() {
		submitAsFiller();
		assertThat(status()).isEqualTo("SUBMITTED");
		assertThat(jdbc.queryForObject("select review_level from evaluation", Integer.class)).isEqualTo(1);

		MockHttpServletResponse tooEarly = act("bureau", "approve", "{\"version\": " + version() + "}");
		assertThat(tooEarly.getStatus()).isEqualTo(409);
		assertThat(body(tooEarly)).contains("这份自评正待第 1 级审核，不在您的审核环节");
		assertThat(api("zhangying", "/api/evaluations/" + id + "/overrides/2.1.1",
				"{\"version\": " + version() + ", \"score\": 2, \"reason\": \"自己调\"}")
			.getStatus()).isEqualTo(403);

		MockHttpServletResponse override = api("district", "/api/evaluations/" + id + "/overrides/2.1.1",
				"{\"version\": " + version() + ", \"score\": 1.5, \"reason\": \"采购计划调整已报备\"}");
		assertThat(override.getStatus()).isEqualTo(200);
		JsonNode leaf = leaf("2.1.1");
		assertThat(leaf.get("final").decimalValue()).isEqualByComparingTo("1.50");
		assertThat(leaf.get("computed").decimalValue()).isEqualByComparingTo("0.49");
		assertThat(api("district", "/api/evaluations/" + id + "/overrides/2.1.1",
				"{\"version\": " + version() + ", \"score\": 2.5, \"reason\": \"超出分值\"}")
			.getStatus()).isEqualTo(400);

		MockHttpServletResponse noReason = act("district", "return", "{\"version\": " + version() + "}");
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(body(noReason)).contains("请写明理由");
		assertThat(
				act("district", "return", "{\"version\": " + version() + ", \"reason\": \"表 1-1 合计数请核对\"}").getStatus())
			.isEqualTo(200);
		assertThat(status()).isEqualTo("RETURNED");

		submitAsFiller();
		assertThat(act("district", "approve", "{\"version\": " + version() + ", \"reason\": \"同意\"}").getStatus())
			.isEqualTo(200);
		assertThat(status()).isEqualTo("SUBMITTED");
		assertThat(jdbc.queryForObject("select review_level from evaluation", Integer.class)).isEqualTo(2);
		assertThat(act("district", "approve", "{\"version\": " + version() + "}").getStatus()).isEqualTo(409);
		assertThat(act("bureau", "approve", "{\"version\": " + version() + ", \"reason\": \"审定\"}").getStatus())
			.isEqualTo(200);
		assertThat(status()).isEqualTo("APPROVED");

		frozenForEverybody();

		assertThat(act("district", "reopen", "{\"reason\": \"重新审\"}").getStatus()).isEqualTo(403);
		assertThat(act("admin", "reopen", "{\"reason\": \"财政局要求补充佐证\"}").getStatus()).isEqualTo(200);
		assertThat(status()).isEqualTo("RETURNED");

		String timeline = body(
				mvc.get().uri("/api/evaluations/{id}/audit", id).with(basic("zhangying")).exchange().getResponse());
		assertThat(timeline).containsSubsequence("\"action\":\"提交\"", "\"action\":\"调整得分\"", "采购计划调整已报备",
				"\"action\":\"退回\"", "表 1-1 合计数请核对", "\"action\":\"提交\"", "\"action\":\"审核通过，转下一级\"",
				"\"action\":\"审核通过（已审定）\"", "\"action\":\"重新打开\"", "财政局要求补充佐证");
		String page = body(
				mvc.get().uri("/evaluations/{id}/history", id).with(as("zhangying")).exchange().getResponse());
		assertThat(page).contains("审核流程", "district", "bureau", "已提交 → 退回", "表 1-1 合计数请核对", "调整得分", "1.5");
	}

	@Test
	void theReviewPageOffersTheActsOnlyToTheReviewerAtTheWaitingLevel() {
		submitAsFiller();

		String district = body(
				mvc.get().uri("/evaluations/{id}/review", id).with(as("district")).exchange().getResponse());
		assertThat(district).contains("待主管部门审核（共 2 级审核）", "审核通过", "退回修改", "/review/overrides/2.1.1");
		String bureau = body(mvc.get().uri("/evaluations/{id}/review", id).with(as("bureau")).exchange().getResponse());
		assertThat(bureau).contains("不在您的审核环节").doesNotContain("/review/overrides/2.1.1");

		assertThat(mvc.post()
			.uri("/evaluations/{id}/review/return", id)
			.with(as("district"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("reason", "")).flash().containsEntry("error", "请写明理由。");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/review/overrides/3.2.1", id)
			.with(as("district"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("score", "5.8")
			.param("reason", "按公开自评报告得分")).flash().containsEntry("notice", "已调整指标 3.2.1 的得分。");
		assertThat(jdbc.queryForObject("select score from score_override where code = '3.2.1'", String.class))
			.isEqualTo("5.80");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/review/return", id)
			.with(as("district"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("reason", "请补充说明")).flash().containsEntry("notice", "已退回填报人修改。");
		assertThat(status()).isEqualTo("RETURNED");
	}

	@Test
	void aRemarkIsAnsweredOnceByTheFillerAndTheReviewerSeesTheAnswer() {
		submitAsFiller();
		assertThat(mvc.post()
			.uri("/evaluations/{id}/review/comments", id)
			.with(as("bureau"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("code", "2.1.1")
			.param("text", "越级意见")).flash().containsEntry("error", "这份自评正待第 1 级审核，不在您的审核环节。");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/review/comments", id)
			.with(as("district"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("code", "2.1.1")
			.param("text", "实际采购金额与采购计划差距较大，请说明")).flash().containsEntry("notice", "已记录对指标 2.1.1 的审核意见。");
		act("district", "return", "{\"version\": " + version() + ", \"reason\": \"请答复审核意见\"}");

		String editor = body(mvc.get().uri("/evaluations/{id}", id).with(as("zhangying")).exchange().getResponse());
		assertThat(editor).contains("审核意见与情况说明", "实际采购金额与采购计划差距较大，请说明", "提交说明");
		long comment = jdbc.queryForObject("select id from review_comment where code = '2.1.1'", Long.class);
		assertThat(mvc.post()
			.uri("/evaluations/{id}/answers/{c}", id, comment)
			.with(as("zhangying"))
			.with(csrf())
			.param("text", "年中追加了疫情防控物资采购计划，已按程序报批")).flash().containsEntry("notice", "已提交情况说明。");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/answers/{c}", id, comment)
			.with(as("zhangying"))
			.with(csrf())
			.param("text", "再说一次")).flash().containsEntry("error", "这条审核意见已经答复过，每轮只能答复一次。");
		assertThat(mvc.post()
			.uri("/evaluations/{id}/answers/{c}", id, comment)
			.with(as("district"))
			.with(csrf())
			.param("text", "代答")).hasStatus(403);

		submitAsFiller();
		assertThat(jdbc.queryForList("select code || '|' || coalesce(reply, '-') from review_comment", String.class))
			.containsExactly("2.1.1|年中追加了疫情防控物资采购计划，已按程序报批");
		String review = body(
				mvc.get().uri("/evaluations/{id}/review", id).with(as("district")).exchange().getResponse());
		assertThat(review).contains("实际采购金额与采购计划差距较大，请说明", "情况说明（zhangying）：年中追加了疫情防控物资采购计划，已按程序报批");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('COMMENT', 'ANSWER')",
				Long.class))
			.isEqualTo(2);
	}

	@Test
	void aResubmissionShowsTheReviewerWhatChangedSinceTheSubmissionBefore() {
		submitAsFiller();
		String first = body(
				mvc.get().uri("/evaluations/{id}/review", id).with(as("district")).exchange().getResponse());
		assertThat(first).doesNotContain("自上次提交以来的修改");
		act("district", "return", "{\"version\": " + version() + ", \"reason\": \"实际采购金额请核对\"}");
		MultiValueMap<String, String> form = EditorFormParams.of(SeedCases
			.read(body(mvc.get().uri("/api/evaluations/{id}", id).with(basic("zhangying")).exchange().getResponse())));
		form.set("version", String.valueOf(version()));
		form.set("in:2.1.1:actualAmount", "3000");
		mvc.post().uri("/evaluations/{id}", id).with(as("zhangying")).with(csrf()).params(form).exchange();
		submitAsFiller();

		String page = body(mvc.get().uri("/evaluations/{id}/review", id).with(as("district")).exchange().getResponse());

		assertThat(page).contains("自上次提交以来的修改", "2.1.1 政府采购执行情况", "实际采购金额", "3418.63", "3000");
	}

	@Test
	void everySavedChangeIsOnRecordWithOldAndNewValueAndTheRecordCannotBeRewritten() {
		MultiValueMap<String, String> form = EditorFormParams.of(SeedCases
			.read(body(mvc.get().uri("/api/evaluations/{id}", id).with(basic("zhangying")).exchange().getResponse())));
		form.set("version", String.valueOf(version()));
		form.set("in:2.1.1:actualAmount", "4000");
		mvc.post().uri("/evaluations/{id}", id).with(as("zhangying")).with(csrf()).params(form).exchange();

		assertThat(jdbc.queryForMap(
				"select actor, old_value, new_value, detail from audit_event where leaf_code = '2.1.1' and field = 'actualAmount' and detail = 'draft'"))
			.containsEntry("actor", "zhangying")
			.containsEntry("old_value", "3418.63")
			.containsEntry("new_value", "4000")
			.containsEntry("detail", "draft");
		String page = body(mvc.get()
			.uri("/evaluations/{id}/history?leaf=2.1.1", id)
			.with(as("district"))
			.exchange()
			.getResponse());
		assertThat(page).contains("实际采购金额", "3418.63", "4000", "自评页面或 Excel 填报模板")
			.contains("<td>2.1.1</td>")
			.doesNotContain("<td>3.2.1</td>");

		assertThatThrownBy(() -> jdbc.update("update audit_event set new_value = '1'"))
			.hasMessageContaining("audit_event is append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from evaluation")).hasMessageContaining("audit_event");
	}

	private void frozenForEverybody() {
		MultiValueMap<String, String> form = EditorFormParams.of(SeedCases
			.read(body(mvc.get().uri("/api/evaluations/{id}", id).with(basic("zhangying")).exchange().getResponse())));
		form.set("version", String.valueOf(version()));
		form.set("in:2.1.1:actualAmount", "1");
		for (String who : new String[] { "zhangying", "admin" }) {
			String page = body(mvc.post()
				.uri("/evaluations/{id}", id)
				.with(as(who))
				.with(csrf())
				.params(form)
				.exchange()
				.getResponse());
			assertThat(page).contains("这份自评已提交或您无权修改，未保存");
		}
		assertThat(mvc.post()
			.uri("/evaluations/{id}/goals", id)
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version()))
			.param("unit", "元")).hasStatusOk().bodyText().contains("未保存");
		assertThat(api("bureau", "/api/evaluations/" + id + "/overrides/2.1.1",
				"{\"version\": " + version() + ", \"score\": 2, \"reason\": \"再调\"}")
			.getStatus()).isEqualTo(409);
		assertThat(jdbc.queryForObject("select inputs from leaf_entry where evaluation_id = ? and code = '2.1.1'",
				String.class, id))
			.contains("3418.63");
	}

	private void submitAsFiller() {
		assertThat(mvc.post()
			.uri("/evaluations/{id}/submit", id)
			.with(as("zhangying"))
			.with(csrf())
			.param("version", String.valueOf(version()))).flash().containsEntry("notice", "已提交，等待审核。");
	}

	private MockHttpServletResponse act(String who, String transition, String json) {
		return api(who, "/api/evaluations/" + id + "/" + transition, json);
	}

	private MockHttpServletResponse api(String who, String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(basic(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
	}

	private JsonNode leaf(String code) {
		JsonNode sheet = SeedCases.read(body(
				mvc.get().uri("/api/evaluations/{id}/sheet", id).with(basic("zhangying")).exchange().getResponse()));
		for (JsonNode leaf : sheet.get("leaves")) {
			if (leaf.get("code").asString().equals(code)) {
				return leaf;
			}
		}
		throw new AssertionError("no leaf " + code);
	}

	private String status() {
		return jdbc.queryForObject("select status from evaluation where id = ?", String.class, id);
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	private RequestPostProcessor basic(String who) {
		return httpBasic(who, who.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD);
	}

	private RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
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

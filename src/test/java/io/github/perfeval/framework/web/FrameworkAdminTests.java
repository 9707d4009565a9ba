package io.github.perfeval.framework.web;

import io.github.perfeval.support.ShippedFrameworks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 指标体系管理 through the pages on PostgreSQL: copy a version as a draft, edit it by pointer,
 * publish it; what is refused (a total other than 100, a number that is not one, a
 * duplicate code, a stale page) is said at its field and saves nothing; the record has
 * each change; existing evaluations keep their version and their scores.
 */
@PostgresIntegrationTest
class FrameworkAdminTests {

	/** 3.3.1 社会效益… (judgment, 25) and 3.4.2 满意度 (bands, 6) of the shipped file. */
	static final String JUDGMENT_LEAF = "/indicators/2/children/2/children/0";

	static final String BANDS_LEAF = "/indicators/2/children/3/children/1";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void onlyTheShippedFramework() {
		users.reset();
		jdbc.update("delete from framework_draft");
		ShippedFrameworks.removeOthers(jdbc);
	}

	@Test
	void theListShowsEachVersionWithItsEvaluationsAndAVersionShowsItsTree() {
		importSeed(SeedCases.LUOHU, 2024);
		MvcTestResult list = get("/admin/frameworks");
		assertThat(list).model().containsKey("frameworks");
		assertThat(body(list)).contains("SZ-COMMON", "深圳市部门整体支出绩效评价共性指标体系框架", "复制为新版本", "复制为新指标体系");
		assertThat(list).model()
			.extractingByKey("frameworks")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2)
			.anySatisfy(summary -> assertThat(summary.toString()).contains("code=SZ-COMMON", "evaluations=1"))
			.anySatisfy(summary -> assertThat(summary.toString()).contains("code=NATIONAL-FORM", "evaluations=0"));

		String version = body(get("/admin/frameworks/SZ-COMMON/versions/1"));
		assertThat(version).contains("部门决策", "预算编制合理性", "评分等级", "合计 100 分", "区间", "含下限", "按区间计分");
		assertThat(body(get("/admin/frameworks/SZ-COMMON/versions/9"))).contains("指标体系“SZ-COMMON”没有第 9 版");
	}

	@Test
	void copyEditAndPublishANewVersionWhileEvaluationsKeepTheirs() {
		long before = importSeed(SeedCases.LUOHU, 2024);
		String sheetBefore = body(get("/api/evaluations/" + before + "/sheet"));

		long draft = copy("SZ-COMMON:1", false, null, null);
		assertThat(body(get("/admin/frameworks/drafts/" + draft))).contains("编辑草稿", "合计 100 分", "预算编制合理性");

		// Two weights (the sum stays 100) and a band of a bands leaf, with its rule's
		// points.
		MvcTestResult saved = post("/admin/frameworks/drafts/" + draft, version(draft), "save",
				Map.of(JUDGMENT_LEAF + "/weight", "24", BANDS_LEAF + "/weight", "7", BANDS_LEAF + "/rule/0/points", "7",
						BANDS_LEAF + "/rule/0/bands/0/points", "7", BANDS_LEAF + "/rule/0/bands/1/min", "88"));
		assertThat(saved).hasStatus3xxRedirection();
		String edited = jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft);
		ObjectNode document = (ObjectNode) SeedCases.read(edited);
		assertThat(document.at(BANDS_LEAF + "/rule/0/bands/1/min").decimalValue()).isEqualByComparingTo("88");
		assertThat(document.at(JUDGMENT_LEAF + "/weight").asInt()).isEqualTo(24);
		// What the editor does not know stays (the band's inclusivity, the grades).
		assertThat(document.at(BANDS_LEAF + "/rule/0/bands/1/minInclusive").asBoolean()).isTrue();
		assertThat(document.at("/grades").size()).isEqualTo(4);

		MvcTestResult published = post("/admin/frameworks/drafts/" + draft, version(draft), "publish", Map.of());
		assertThat(published).hasStatus3xxRedirection().flash().containsKey("notice");
		assertThat(jdbc.queryForObject("select count(*) from framework_draft", Long.class)).isZero();
		assertThat(published).flash().containsEntry("notice", "已发布 SZ-COMMON 第 2 版（深圳市部门整体支出绩效评价共性指标体系框架）。");
		assertThat(body(get("/admin/frameworks"))).contains("/admin/frameworks/SZ-COMMON/versions/2");
		assertThat(body(get("/api/frameworks/SZ-COMMON/versions/2"))).contains("\"weight\":24", "\"min\":88");

		// The evaluation keeps version 1 and its sheet; a new one is on version 2.
		assertThat(body(get("/api/evaluations/" + before + "/sheet"))).isEqualTo(sheetBefore);
		// (without its 3.3.1 score of 25, more than the new weight of 24)
		long after = importSeed(SeedCases.HKU, 2021, "3.3.1");
		assertThat(jdbc.queryForObject(
				"select f.version from evaluation e join indicator_framework f on f.id = e.framework_id where e.id = ?",
				Integer.class, after))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject(
				"select f.version from evaluation e join indicator_framework f on f.id = e.framework_id where e.id = ?",
				Integer.class, before))
			.isEqualTo(1);

		// Each change on the 管理记录.
		List<String> actions = jdbc
			.queryForList("select action || ' ' || subject || ' ' || coalesce(new_value, '') from admin_event"
					+ " where action like 'FRAMEWORK%' order by id", String.class);
		assertThat(actions).hasSize(3);
		assertThat(actions.get(0)).isEqualTo("FRAMEWORK_DRAFT_CREATED SZ-COMMON SZ-COMMON v1");
		assertThat(actions.get(1)).startsWith("FRAMEWORK_DRAFT_EDITED SZ-COMMON").contains("3.3.1 分值：25 → 24");
		assertThat(actions.get(2)).isEqualTo("FRAMEWORK_PUBLISHED SZ-COMMON 2");
		assertThat(body(get("/admin/history"))).contains("发布指标体系新版本", "修改指标体系草稿", "复制指标体系为草稿");
	}

	@Test
	void aTotalOtherThan100IsRefusedOnPublishingAndTheDraftKept() {
		long draft = copy("SZ-COMMON:1", false, null, null);
		MvcTestResult refused = post("/admin/frameworks/drafts/" + draft, version(draft), "publish",
				Map.of(JUDGMENT_LEAF + "/weight", "26"));
		assertThat(refused).hasStatusOk().model().containsEntry("refused", "草稿已保存，但有 1 处问题，未发布；请修改标出的项目后再发布。");
		assertThat(body(refused)).contains("合计 101 分，多 1 分");
		assertThat(jdbc.queryForObject("select count(*) from indicator_framework where code = 'SZ-COMMON'", Long.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft))
			.contains("\"weight\":26");

		// A rule whose points no longer match the leaf's weight: said at the rule.
		MvcTestResult rule = post("/admin/frameworks/drafts/" + draft, version(draft), "publish",
				Map.of(JUDGMENT_LEAF + "/weight", "24", BANDS_LEAF + "/weight", "7"));
		assertThat(body(rule)).contains("评分方式各部分满分合计 6，与分值 7 不一致", "id=\"f-indicators-2-children-3-children-1-rule\"");
		assertThat(rule).model()
			.extractingByKey("problems")
			.asString()
			.contains("f-indicators-2-children-3-children-1-rule");
	}

	@Test
	void badValuesAreSaidAtTheirFieldAndNothingIsSaved() {
		long draft = copy("SZ-COMMON:1", false, null, null);
		String stored = jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft);
		MvcTestResult refused = post("/admin/frameworks/drafts/" + draft, version(draft), "save",
				Map.of(JUDGMENT_LEAF + "/weight", "abc", BANDS_LEAF + "/weight", "1.234", JUDGMENT_LEAF + "/code",
						"1.1.1", "/indicators/0/name", "x".repeat(201), BANDS_LEAF + "/rule/0/bands/0/minInclusive",
						"maybe"));
		assertThat(refused).hasStatusOk();
		String page = body(refused);
		assertThat(refused).model()
			.extractingByKey("problems")
			.asString()
			.contains("3.3.1 分值：应为数字", "3.4.2 评分方式 第 1 项 区间 第 1 项 含下限：应为“是”或“否”");
		assertThat(page).contains("有 5 处填写有误，草稿未保存", "应为数字（如 2.5）", "最多保留 2 位小数", "指标代码“1.1.1”已被其他指标使用", "不能超过 200 个字",
				"应为“是”或“否”", "value=\"abc\"", "value=\"1.234\"");
		assertThat(jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft))
			.isEqualTo(stored);
		assertThat(jdbc.queryForObject("select count(*) from admin_event where action = 'FRAMEWORK_DRAFT_EDITED'",
				Long.class))
			.isZero();
	}

	@Test
	void aStalePageSavesNothingAndSaysWhoChangedIt() {
		long draft = copy("SZ-COMMON:1", false, null, null);
		long version = version(draft);
		post("/admin/frameworks/drafts/" + draft, version, "save", Map.of("/region", "深圳"));
		MvcTestResult stale = post("/admin/frameworks/drafts/" + draft, version, "save", Map.of("/region", "罗湖"));
		assertThat(body(stale)).contains("这份草稿已被 admin 于", "您的操作未保存");
		assertThat(jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft))
			.contains("\"region\":\"深圳\"");
	}

	@Test
	void theTreeIsEditedAddRemoveMoveRenumberAndTheDraftDeleted() {
		long draft = copy("SZ-COMMON:1", true, "SZ-TEST", "测试指标体系");
		assertThat(post("/admin/frameworks/drafts/" + draft, version(draft), "add:/indicators/0/children/0/children",
				Map.of()))
			.hasStatus3xxRedirection();
		ObjectNode document = document(draft);
		assertThat(document.at("/code").asString()).isEqualTo("SZ-TEST");
		assertThat(document.at("/indicators/0/children/0/children/2/code").asString()).isEqualTo("1.1.3");
		assertThat(document.at("/indicators/0/children/0/children/2/name").asString()).isEqualTo("新指标");
		assertThat(body(get("/admin/frameworks/drafts/" + draft))).contains("合计 101 分，多 1 分");

		post("/admin/frameworks/drafts/" + draft, version(draft), "up:/indicators/0/children/0/children/2", Map.of());
		assertThat(document(draft).at("/indicators/0/children/0/children/1/code").asString()).isEqualTo("1.1.3");
		post("/admin/frameworks/drafts/" + draft, version(draft), "renumber", Map.of());
		assertThat(document(draft).at("/indicators/0/children/0/children/1/code").asString()).isEqualTo("1.1.2");
		post("/admin/frameworks/drafts/" + draft, version(draft), "remove:/indicators/0/children/0/children/1",
				Map.of());
		assertThat(document(draft).at("/indicators/0/children/0/children").size()).isEqualTo(2);
		assertThat(document(draft).at("/indicators/0/children/0/children/1/name").asString()).isEqualTo("预算编制规范性");
		post("/admin/frameworks/drafts/" + draft, version(draft), "add:" + BANDS_LEAF + "/rule/0/bands", Map.of());
		assertThat(document(draft).at(BANDS_LEAF + "/rule/0/bands").size()).isEqualTo(5);

		// 复制为新指标体系 with a code that is stored already is refused.
		MvcTestResult taken = mvc.post()
			.uri("/admin/frameworks/drafts")
			.with(admin())
			.with(csrf())
			.param("source", "SZ-COMMON:1")
			.param("asFramework", "true")
			.param("newCode", "SZ-COMMON")
			.param("newName", "重复")
			.exchange();
		assertThat(body(taken)).contains("已有代码为“SZ-COMMON”的指标体系");

		MvcTestResult deleted = mvc.post()
			.uri("/admin/frameworks/drafts/" + draft + "/delete")
			.with(admin())
			.with(csrf())
			.param("version", String.valueOf(version(draft)))
			.exchange();
		assertThat(deleted).hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select count(*) from framework_draft", Long.class)).isZero();
		assertThat(jdbc.queryForList("select action from admin_event where action like 'FRAMEWORK%' order by id",
				String.class))
			.startsWith("FRAMEWORK_DRAFT_CREATED")
			.endsWith("FRAMEWORK_DRAFT_DELETED");
		assertThat(body(get("/admin/history"))).contains("删除指标体系草稿", "新增指标 1.1.3", "上移 1.1.3 新指标", "按顺序重新编号",
				"删除 1.1.2 新指标", "3.4.2 评分方式 第 1 项 区间：新增一项");
	}

	@Test
	void fieldsTheEditorDoesNotKnowAreShownAndKept() {
		long draft = copy("SZ-COMMON:1", false, null, null);
		ObjectNode document = document(draft);
		document.putArray("futureLevels").addObject().put("code", "HIGH").put("name", "显著").put("min", 80);
		((ObjectNode) document.at(BANDS_LEAF)).put("futureNote", "按季度调查");
		jdbc.update("update framework_draft set document = ? where id = ?", SeedCases.json(document), draft);

		String page = body(get("/admin/frameworks/drafts/" + draft));
		assertThat(page).contains("futureLevels", "value=\"显著\"", "futureNote", "按季度调查");
		post("/admin/frameworks/drafts/" + draft, version(draft), "save",
				Map.of("/futureLevels/0/min", "85", BANDS_LEAF + "/futureNote", "按年度调查"));
		ObjectNode saved = document(draft);
		assertThat(saved.at("/futureLevels/0/min").asInt()).isEqualTo(85);
		assertThat(saved.at("/futureLevels/0/code").asString()).isEqualTo("HIGH");
		assertThat(saved.at(BANDS_LEAF + "/futureNote").asString()).isEqualTo("按年度调查");
		assertThat(saved.at(BANDS_LEAF + "/rule/0/bands").size()).isEqualTo(4);

		// What this version cannot publish is said, not a server error.
		MvcTestResult publish = post("/admin/frameworks/drafts/" + draft, version(draft), "publish", Map.of());
		assertThat(publish.getResponse().getStatus()).isLessThan(500);
	}

	@Test
	void noInputLeadsToAServerErrorAndEachIsSaidInChinese() {
		long draft = copy("SZ-COMMON:1", false, null, null);
		String stored = jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft);

		MvcTestResult op = post("/admin/frameworks/drafts/" + draft, version(draft), "explode:/indicators", Map.of());
		assertThat(op).hasStatusOk();
		assertThat(body(op)).contains("操作无效");
		MvcTestResult version = mvc.post()
			.uri("/admin/frameworks/drafts/" + draft)
			.with(admin())
			.with(csrf())
			.param("version", "abc")
			.param("op", "save")
			.exchange();
		assertThat(body(version)).contains("页面的版本信息无效，请重新打开草稿");
		MvcTestResult values = post("/admin/frameworks/drafts/" + draft, version(draft), "save",
				Map.of("not-a-pointer", "1", "/indicators/999/weight", "1", "/indicators/0/children/0/children/0/kind",
						"veto", JUDGMENT_LEAF + "/weight", "1e5", "/region", "深圳\u0000", "/indicators/0/name",
						"y".repeat(10_001)));
		assertThat(values).hasStatusOk();
		assertThat(body(values)).contains("应为数字（如 2.5）", "不能包含控制字符", "内容过长（最多 10000 个字）");
		assertThat(jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft))
			.isEqualTo(stored);
		// Only the harmless ones: saved, nothing changed.
		assertThat(post("/admin/frameworks/drafts/" + draft, version(draft), "remove:/indicators/77", Map.of()))
			.hasStatus3xxRedirection();
		assertThat(post("/admin/frameworks/drafts/" + draft, version(draft), "add:/nothing", Map.of()))
			.hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft))
			.isEqualTo(stored);

		assertThat(get("/admin/frameworks/drafts/abc").getResponse().getStatus()).isEqualTo(400);
		assertThat(get("/admin/frameworks/SZ-COMMON/versions/x").getResponse().getStatus()).isEqualTo(400);
		assertThat(get("/admin/frameworks/drafts/" + (draft + 100))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "这份草稿已不存在（可能已被发布或删除）。");

		MvcTestResult copy = mvc.post()
			.uri("/admin/frameworks/drafts")
			.with(admin())
			.with(csrf())
			.param("source", "SZ-COMMON")
			.param("asFramework", "true")
			.param("newCode", "坏代码")
			.param("newName", "")
			.exchange();
		assertThat(copy).model()
			.extractingBindingResult("copyForm")
			.hasFieldErrorCode("source", "Pattern")
			.hasFieldErrorCode("newCode", "Pattern");
		assertThat(body(copy)).contains("请选择要复制的版本", "只能由字母、数字");
		MvcTestResult nameless = mvc.post()
			.uri("/admin/frameworks/drafts")
			.with(admin())
			.with(csrf())
			.param("source", "SZ-COMMON:1")
			.param("asFramework", "true")
			.param("newCode", "SZ-NEW")
			.exchange();
		assertThat(nameless).model()
			.extractingBindingResult("copyForm")
			.hasFieldErrorCode("newName", "framework.draft.copy.required");
		assertThat(jdbc.queryForObject("select count(*) from framework_draft", Long.class)).isEqualTo(1);
	}

	@Test
	void aDraftOfAFrameworkWhoseIndicatorsTakeTheRestSaysWhatIsLeftForThem() {
		long draft = copy("NATIONAL-FORM:1", false, null, null);

		assertThat(body(get("/admin/frameworks/drafts/" + draft))).contains("固定指标合计 10 分，其余 90 分由各项年度绩效指标的分值分配")
			.doesNotContain("少 90 分");
	}

	private ObjectNode document(long draft) {
		return (ObjectNode) SeedCases
			.read(jdbc.queryForObject("select document from framework_draft where id = ?", String.class, draft));
	}

	private long copy(String source, boolean asFramework, String code, String name) {
		AbstractMockHttpServletRequestBuilder<?> request = mvc.post()
			.uri("/admin/frameworks/drafts")
			.with(admin())
			.with(csrf())
			.param("source", source)
			.param("asFramework", String.valueOf(asFramework));
		if (code != null) {
			request.param("newCode", code).param("newName", name);
		}
		assertThat(mvc.perform(request)).hasStatus3xxRedirection();
		return jdbc.queryForObject("select max(id) from framework_draft", Long.class);
	}

	private long version(long draft) {
		return jdbc.queryForObject("select version from framework_draft where id = ?", Long.class, draft);
	}

	private MvcTestResult post(String uri, long version, String op, Map<String, String> values) {
		AbstractMockHttpServletRequestBuilder<?> request = mvc.post()
			.uri(uri)
			.with(admin())
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("op", op);
		values.forEach((pointer, value) -> request.param("values[" + pointer + "]", value));
		return mvc.perform(request);
	}

	private long importSeed(String seed, int year, String... without) {
		ObjectNode tree = SeedCases.tree(seed);
		tree.put("year", year);
		for (String code : without) {
			((ObjectNode) tree.get("indicators")).remove(code);
		}
		MvcTestResult created = mvc.post()
			.uri("/api/evaluations")
			.with(admin())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.json(tree))
			.exchange();
		assertThat(created).hasStatus(201);
		String location = created.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(admin()).exchange();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		UserDetails admin = accounts.loadUserByUsername("admin");
		return user(admin);
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.perfeval.account.UserAccounts;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The 绩效目标完成情况自评表 page with the 港大深圳医院 case, on a real PostgreSQL. */
@PostgresIntegrationTest
class GoalPageTests {

	private static final Pattern ROW = Pattern
		.compile("<tr class=\"indicator( missed)?\" data-indicator=\"([^\"]*)\">");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	String goals;

	long evaluationId;

	@BeforeEach
	void hkuImported() {
		users.reset();
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.HKU))
			.exchange()
			.getResponse()
			.getHeader("Location");
		evaluationId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		goals = "/evaluations/" + evaluationId + "/goals";
	}

	@Test
	void thePageShowsTheSeedsFormAndMarksExactlyTheTwoMissedIndicators() {
		String page = body(mvc.get().uri(goals).with(as("admin")).exchange());

		assertThat(page).contains("部门（单位）整体支出绩效目标完成情况自评表", "香港大学深圳医院", "2021", "预算数（元）", "其中：财政拨款", "三名专项", "预算准备金",
				"2,724,620,434.81", "410,541,078.52", "完成总门诊工作量 195.69 万人次", "完成总门诊工作量 189 万人次", "有 2 项绩效指标未完成目标值");
		assertThat(page).doesNotContain("class=\"num mismatch\"");
		List<String> missed = new ArrayList<>();
		List<String> met = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			(row.group(1) == null ? met : missed).add(row.group(2));
		}
		assertThat(missed).containsExactly("门诊工作量", "百元医疗收入中消耗的卫生耗材");
		assertThat(met).containsExactly("住院占床日", "药占比（不含中药饮片）", "按时完成工作量", "财政资金预算执行率", "收入增长百分比", "为广大市民提供医疗服务", "无",
				"患者满意度");
		assertThat(occurrences(page, "未完成目标值，请填写偏差原因")).isEqualTo(2);
		MultiValueMap<String, String> form = form(page);
		assertThat(form.getFirst("ind:0:nature")).isEqualTo("GE");
		assertThat(form.getFirst("ind:0:target")).isEqualTo("190");
		assertThat(form.getFirst("ind:0:unit")).isEqualTo("万人次");
		assertThat(form.getFirst("ind:0:achieved")).isEqualTo("189");
		assertThat(form.getFirst("ind:2:nature")).isEqualTo("LE");
		assertThat(form.getFirst("ind:2:unit")).isEqualTo("%");
		assertThat(form.getFirst("ind:2:achieved")).isEqualTo("23.6");
		assertThat(form.getFirst("ind:8:nature")).isEqualTo("QUALITATIVE");
		assertThat(form.getFirst("ind:8:target")).isEqualTo("无");
		assertThat(form.getFirst("task:1:budgetTotal")).isEqualTo("1,216,069,105.44");
	}

	@Test
	void anUnreadableNumberKeepsItsStoredValueWhileEverythingElseIsSaved() {
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("ind:0:reason", "受疫情防控影响，门诊量低于预期");
		form.set("ind:2:achieved", "23.6x");

		MvcTestResult result = post(form, "admin");

		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).contains("其余内容已保存，但有 1 项填写未能保存", "年度绩效指标第 3 行，完成值：应为数字",
				"<div class=\"field-error\">完成值：应为数字</div>", "value=\"23.6x\"", "受疫情防控影响，门诊量低于预期");
		assertThat(form(page).getFirst("ind:2:achieved")).isEqualTo("23.6x");
		assertThat(jdbc.queryForObject(
				"select deviation_reason from goal_indicator where evaluation_id = ? and position = 0", String.class,
				evaluationId))
			.isEqualTo("受疫情防控影响，门诊量低于预期");
		assertThat(jdbc.queryForObject("select achieved from goal_indicator where evaluation_id = ? and position = 2",
				BigDecimal.class, evaluationId))
			.isEqualByComparingTo("23.6");
		assertThat(exported().at("/goalReport/indicators/2/actual").asString()).isEqualTo("23.6");

		// The page carries the saved version: correcting the value saves it.
		MultiValueMap<String, String> again = form(page);
		again.set("ind:2:achieved", "22.9");
		assertThat(post(again, "admin")).hasStatus3xxRedirection().hasRedirectedUrl(goals);
		assertThat(exported().at("/goalReport/indicators/2/achieved").decimalValue()).isEqualByComparingTo("22.9");
		assertThat(exported().at("/goalReport/indicators/0/deviationReason").asString()).isEqualTo("受疫情防控影响，门诊量低于预期");
	}

	@Test
	void aTaskNameLongerThanItsColumnKeepsTheStoredRowAndSavesTheRest() {
		String tooLong = "三".repeat(201);
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("task:0:name", tooLong);
		form.set("task:0:budgetTotal", "1");
		form.set("ind:0:reason", "门诊量低于预期");

		MvcTestResult result = post(form, "admin");

		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).contains("有 1 项填写未能保存", "任务名称：不能超过 200 个字（本行因此未保存）", "年度主要任务第 1 行，任务名称");
		assertThat(form(page).getFirst("task:0:name")).isEqualTo(tooLong);
		assertThat(form(page).getFirst("task:0:budgetTotal")).isEqualTo("1");
		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/tasks/0/name").asString()).isEqualTo("三名专项");
		assertThat(stored.at("/goalReport/tasks/0/budgetTotal").decimalValue()).isEqualByComparingTo("19188493.50");
		assertThat(stored.at("/goalReport/tasks")).hasSize(4);
		assertThat(stored.at("/goalReport/indicators/0/deviationReason").asString()).isEqualTo("门诊量低于预期");
	}

	@Test
	void aLevel1LongerThanItsColumnKeepsItsStoredValue() {
		String tooLong = "产".repeat(51);
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("ind:1:level1", tooLong);
		form.set("ind:1:achieved", "43");

		String page = body(post(form, "admin"));

		assertThat(page).contains("有 1 项填写未能保存", "年度绩效指标第 2 行，一级指标：不能超过 50 个字",
				"<div class=\"field-error\">一级指标：不能超过 50 个字</div>");
		assertThat(form(page).getFirst("ind:1:level1")).isEqualTo(tooLong);
		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/indicators/1/level1").asString()).isEqualTo("产出");
		assertThat(stored.at("/goalReport/indicators/1/achieved").decimalValue()).isEqualByComparingTo("43");
	}

	@Test
	void aNulCharacterInADeviationReasonIsRefusedWithItsMessage() {
		String typed = "受疫情\u0000影响";
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("ind:0:reason", typed);
		form.set("goal:actual", "全年目标基本完成");

		MvcTestResult result = post(form, "admin");

		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).contains("有 1 项填写未能保存", "偏差原因：含有不可见的控制字符（如 NUL），请删除后再保存");
		assertThat(form(page).getFirst("ind:0:reason")).isEqualTo(typed);
		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/indicators/0/deviationReason").isMissingNode()
				|| stored.at("/goalReport/indicators/0/deviationReason").isNull())
			.isTrue();
		assertThat(stored.at("/goalReport/annualGoal/actual").asString()).isEqualTo("全年目标基本完成");
	}

	@Test
	void anAmountWithAnExponentOrFourteenDigitsKeepsItsStoredValue() {
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("task:0:budgetTotal", "1e999999999");
		form.set("total:budgetTotal", "99999999999999");
		form.set("task:1:actualFiscal", "-5");
		form.set("task:3:completion", "已完成");

		MvcTestResult result = post(form, "admin");

		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).contains("有 3 项填写未能保存", "年度主要任务第 1 行，预算数总额：应为数字", "金额合计（填报数）的预算数总额：数值过大：整数部分不能超过 12 位",
				"年度主要任务第 2 行，执行数其中财政拨款：不能为负数");
		assertThat(listed(page)).containsExactly("年度主要任务第 1 行，预算数总额：应为数字", "年度主要任务第 2 行，执行数其中财政拨款：不能为负数",
				"金额合计（填报数）的预算数总额：数值过大：整数部分不能超过 12 位");
		MultiValueMap<String, String> shown = form(page);
		assertThat(shown.getFirst("task:0:budgetTotal")).isEqualTo("1e999999999");
		assertThat(shown.getFirst("total:budgetTotal")).isEqualTo("99999999999999");
		assertThat(shown.getFirst("task:1:actualFiscal")).isEqualTo("-5");
		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/tasks/0/budgetTotal").decimalValue()).isEqualByComparingTo("19188493.50");
		assertThat(stored.at("/goalReport/totals/budgetTotal").decimalValue()).isEqualByComparingTo("2724620434.81");
		assertThat(stored.at("/goalReport/tasks/1/actualFiscal").decimalValue()).isEqualByComparingTo("220000000");
		assertThat(stored.at("/goalReport/tasks/3/completion").asString()).isEqualTo("已完成");
	}

	@Test
	void aVersionThatIsNotANumberIsStaleAndSavesNothing() {
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("version", "abc");
		form.set("ind:0:reason", "我的原因");

		MvcTestResult result = post(form, "admin");

		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).contains("他人已修改并保存了这份自评", "本次未保存");
		assertThat(form(page).getFirst("ind:0:reason")).isEqualTo("我的原因");
		assertThat(exported().at("/goalReport/indicators/0/deviationReason").isMissingNode()).isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CHANGED' and detail = 'goals' and field like 'goalReport.%'",
				Integer.class))
			.isZero();
	}

	@Test
	void moreTaskRowsThanTheLimitAreRefusedBeforeAnyWorkAndKeptOnThePage() {
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		for (int i = 4; i <= 100; i++) {
			form.set("task:" + i + ":name", "任务 " + i);
		}
		form.set("ind:0:reason", "不应保存");

		MvcTestResult result = post(form, "admin");

		assertThat(result).hasStatusOk();
		String page = body(result);
		assertThat(page).contains("年度主要任务最多 100 行，本次填写了 101 行，全部未保存");
		MultiValueMap<String, String> shown = form(page);
		assertThat(shown.getFirst("task:100:name")).isEqualTo("任务 100");
		assertThat(shown.getFirst("ind:0:reason")).isEqualTo("不应保存");
		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/tasks")).hasSize(4);
		assertThat(stored.at("/goalReport/indicators/0/deviationReason").isMissingNode()).isTrue();
	}

	@Test
	void rowsAreReadWhateverTheirNumbersUpToTheLimit() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("version", String
			.valueOf(jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId)));
		form.set("unit", "元");
		// 100 tasks, numbered with gaps and not in the order they were sent.
		for (int i = 99; i >= 0; i--) {
			form.set("task:" + (i * 3 + 7) + ":name", "任务 " + (i + 1));
			form.set("task:" + (i * 3 + 7) + ":budgetTotal", String.valueOf(i + 1));
		}
		form.set("ind:12:name", "门诊工作量");
		form.set("ind:12:nature", "GE");
		form.set("ind:12:target", "190");
		form.set("ind:12:unit", "万人次");
		form.set("ind:5000:name", "患者满意度");
		form.set("ind:5000:target", "90%以上");

		assertThat(post(form, "admin")).hasStatus3xxRedirection().hasRedirectedUrl(goals);

		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/tasks")).hasSize(100);
		assertThat(stored.at("/goalReport/tasks/0/name").asString()).isEqualTo("任务 1");
		assertThat(stored.at("/goalReport/tasks/99/name").asString()).isEqualTo("任务 100");
		assertThat(stored.at("/goalReport/tasks/99/budgetTotal").decimalValue()).isEqualByComparingTo("100");
		assertThat(stored.at("/goalReport/indicators")).hasSize(2);
		assertThat(stored.at("/goalReport/indicators/0/expected").asString()).isEqualTo("≥190万人次");
		assertThat(stored.at("/goalReport/indicators/1/name").asString()).isEqualTo("患者满意度");
		assertThat(stored.at("/goalReport/totals/budgetTotal").isMissingNode()).isTrue();
	}

	@Test
	void aRowWithoutANameIsNotSavedButStaysOnThePageAndSavesOnceNamed() {
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		// A new indicator without its name; and an existing task whose name was cleared.
		form.set("ind:10:level1", "效益");
		form.set("ind:10:nature", "GE");
		form.set("ind:10:target", "5");
		form.set("ind:10:unit", "万人次");
		form.set("ind:10:achieved", "6.2");
		form.set("task:1:name", "");
		form.set("task:1:completion", "已按计划完成");
		form.set("ind:3:achieved", "20.1");

		String page = body(post(form, "admin"));

		assertThat(page).contains("有 2 项填写未能保存", "年度主要任务第 2 行，任务名称：必须填写（本行因此未保存）", "年度绩效指标第 11 行，三级指标：必须填写（本行因此未保存）");
		JsonNode stored = exported();
		assertThat(stored.at("/goalReport/indicators")).hasSize(10);
		assertThat(stored.at("/goalReport/indicators/3/achieved").decimalValue()).isEqualByComparingTo("20.1");
		assertThat(stored.at("/goalReport/tasks/1/name").asString()).isEqualTo("基本支出");
		assertThat(stored.at("/goalReport/tasks/1/completion").asString()).isEqualTo("主要用于人员、公用及对个人和家庭补助支出等");

		MultiValueMap<String, String> again = form(page);
		assertThat(again.getFirst("ind:10:target")).isEqualTo("5");
		assertThat(again.getFirst("ind:10:stored")).isNull();
		again.set("ind:10:name", "互联网医院问诊量");
		again.set("task:1:name", "基本支出（人员）");
		assertThat(post(again, "admin")).hasStatus3xxRedirection();

		stored = exported();
		assertThat(stored.at("/goalReport/indicators")).hasSize(11);
		assertThat(stored.at("/goalReport/indicators/10/name").asString()).isEqualTo("互联网医院问诊量");
		assertThat(stored.at("/goalReport/indicators/10/expected").asString()).isEqualTo("≥5万人次");
		assertThat(stored.at("/goalReport/tasks/1/name").asString()).isEqualTo("基本支出（人员）");
		assertThat(stored.at("/goalReport/tasks/1/completion").asString()).isEqualTo("已按计划完成");
	}

	@Test
	void thePageAddsRowsWithAScriptAndATemplateAndNoInlineScript() {
		String page = body(mvc.get().uri(goals).with(as("admin")).exchange());

		assertThat(page).contains("<script defer src=\"/js/goals.js\"></script>",
				"<tbody id=\"task-rows\" data-next=\"6\" data-max=\"100\">",
				"<tbody id=\"indicator-rows\" data-next=\"12\" data-max=\"300\">", "<template id=\"task-template\">",
				"name=\"task:NEW:name\"", "name=\"ind:NEW:reason\"", "data-add-row=\"indicator-rows\"",
				">新增任务</button>", ">新增指标</button>");
		// Without the script the buttons stay hidden and the blank rows do the work.
		assertThat(page).contains("name=\"task:4:name\"", "name=\"ind:11:name\"");
		assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(page).doesNotContainPattern("\\son[a-z]+=\"");
		assertThat(mvc.get().uri("/js/goals.js")).hasStatusOk().bodyText().contains("template.content", ":NEW:");
	}

	@Test
	void aValidEditIsSavedKeepsThePublishedTextsAndUpdatesTheMarks() {
		MultiValueMap<String, String> form = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		form.set("ind:0:reason", "受疫情防控影响，门诊量低于预期");
		form.set("ind:2:achieved", "22.8");
		form.set("ind:10:level1", "效益");
		form.set("ind:10:level2", "社会效益");
		form.set("ind:10:name", "互联网医院问诊量");
		form.set("ind:10:nature", "GE");
		form.set("ind:10:target", "5");
		form.set("ind:10:unit", "万人次");
		form.set("ind:10:achieved", "6.2");

		MvcTestResult saved = post(form, "admin");
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(goals);
		assertThat(saved.getMvcResult().getFlashMap().get("notice")).isEqualTo("goals.saved");

		List<String> expected = jdbc.queryForList(
				"select expected from goal_indicator where evaluation_id = ? order by position", String.class,
				evaluationId);
		List<String> actual = jdbc.queryForList(
				"select actual from goal_indicator where evaluation_id = ? order by position", String.class,
				evaluationId);
		assertThat(expected).containsExactly("≥190万人次", "≥40万床日", "≤23%", "≤22%", "等于100%", "90%以上", "≥6%", "100%", "无",
				"≥90%", "≥5万人次");
		assertThat(actual).containsExactly("189万人次", "42万床日", "22.8%", "19.4%", "100%", "97.83%", "20%", "100%", "无",
				"95.1%", "6.2万人次");
		assertThat(jdbc.queryForObject(
				"select deviation_reason from goal_indicator where evaluation_id = ? and position = 0", String.class,
				evaluationId))
			.isEqualTo("受疫情防控影响，门诊量低于预期");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CHANGED' and detail = 'goals' and field = 'goalReport.indicators[1]' and new_value like '%受疫情防控影响，门诊量低于预期%'",
				Integer.class))
			.isEqualTo(1);

		String page = body(mvc.get().uri(goals).with(as("admin")).flashAttr("notice", "goals.saved").exchange());
		assertThat(page).contains("绩效目标完成情况自评表已保存", "有 1 项绩效指标未完成目标值",
				"<tr class=\"indicator missed\" data-indicator=\"门诊工作量\">",
				"<tr class=\"indicator\" data-indicator=\"百元医疗收入中消耗的卫生耗材\">");
		assertThat(page).doesNotContain("未完成目标值，请填写偏差原因");
		String exported = body(mvc.get()
			.uri("/api/evaluations/" + evaluationId)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.exchange());
		assertThat(exported).contains(
				"\"expected\":\"≤23%\",\"actual\":\"22.8%\",\"nature\":\"LE\",\"target\":23,\"unit\":\"%\",\"achieved\":22.8");
	}

	@Test
	void aFormReadBeforeSomeoneElseSavedIsRefusedAndOverwritesNothing() {
		MultiValueMap<String, String> mine = form(body(mvc.get().uri(goals).with(as("admin")).exchange()));
		MultiValueMap<String, String> theirs = new LinkedMultiValueMap<>(mine);
		theirs.set("ind:0:reason", "他人填写的原因");
		assertThat(post(theirs, "admin")).hasStatus3xxRedirection();

		mine.set("ind:0:reason", "我的原因");
		MvcTestResult result = post(mine, "admin");

		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("他人已修改并保存了这份自评", "我的原因");
		assertThat(jdbc.queryForObject(
				"select deviation_reason from goal_indicator where evaluation_id = ? and position = 0", String.class,
				evaluationId))
			.isEqualTo("他人填写的原因");
	}

	@Test
	void aReviewerReadsTheFormButCannotSaveIt() {
		users.reviewer("shenhe");
		String page = body(mvc.get().uri(goals).with(as("shenhe")).exchange());

		assertThat(page).contains("只读", "<fieldset disabled=\"disabled\">", "data-indicator=\"门诊工作量\"");
		assertThat(page).doesNotContain("<button type=\"submit\" class=\"btn primary\">保存</button>");

		MultiValueMap<String, String> form = form(page);
		form.set("ind:0:reason", "审核人不应能改");
		MvcTestResult refused = post(form, "shenhe");
		assertThat(refused).hasStatus(403);
		assertThat(body(refused)).contains("您无权进行此操作").doesNotContain("审核人不应能改");
		assertThat(jdbc.queryForObject(
				"select deviation_reason from goal_indicator where evaluation_id = ? and position = 0", String.class,
				evaluationId))
			.isNull();
	}

	@Test
	void aNewEvaluationStartsEmptyAndSavesItsFirstTaskAndIndicator() {
		long department = users.department("LH-WJJ", "深圳市罗湖区卫生健康局").id();
		String editor = mvc.post()
			.uri("/evaluations")
			.with(as("admin"))
			.with(csrf())
			.param("departmentId", String.valueOf(department))
			.param("year", "2025")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		String empty = body(mvc.get().uri(editor + "/goals").with(as("admin")).exchange());
		assertThat(empty)
			.contains("深圳市罗湖区卫生健康局", "2025", "预算数（万元）", "<option value=\"万元\" selected=\"selected\">万元</option>")
			.doesNotContain("<tr class=\"indicator");
		MultiValueMap<String, String> form = form(empty);
		form.set("task:0:name", "公共卫生服务");
		form.set("task:0:budgetTotal", "1,000.50");
		form.set("task:0:actualTotal", "900");
		form.set("ind:0:level1", "产出");
		form.set("ind:0:level2", "质量");
		form.set("ind:0:name", "疫苗接种率");
		form.set("ind:0:target", "≥95%");
		form.set("ind:0:achieved", "96.2%");

		assertThat(mvc.post().uri(editor + "/goals").with(as("admin")).with(csrf()).params(form))
			.hasStatus3xxRedirection();

		long id = Long.parseLong(editor.substring(editor.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForMap(
				"select nature, target, unit, achieved, expected, actual from goal_indicator where evaluation_id = ?",
				id))
			.containsEntry("nature", "GE")
			.containsEntry("unit", "%")
			.containsEntry("expected", "≥95%")
			.containsEntry("actual", "96.2%");
		assertThat(
				jdbc.queryForObject("select budget_total from goal_task where evaluation_id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("1000.50");
		assertThat(jdbc.queryForObject("select unit from goal_report where evaluation_id = ?", String.class, id))
			.isEqualTo("万元");
	}

	@Test
	void withoutAStoredUnitThePageUsesTheEvaluationsUnit() {
		ObjectNode luohu = SeedCases.tree(SeedCases.LUOHU);
		luohu.put("unit", "元");
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.json(luohu))
			.exchange()
			.getResponse()
			.getHeader("Location");
		String page = body(mvc.get().uri(location.replace("/api", "") + "/goals").with(as("admin")).exchange());

		assertThat(page).contains("预算数（元）", "执行数（元）", "<option value=\"元\" selected=\"selected\">元</option>");
	}

	@Test
	void anotherDepartmentsFormIsNotFound() {
		users.filler("luohu-filler", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));

		assertThat(mvc.get().uri(goals).with(as("luohu-filler"))).hasStatus(404);
	}

	/** The evaluation as the API exports it: what is stored. */
	private JsonNode exported() {
		return SeedCases.read(body(mvc.get()
			.uri("/api/evaluations/" + evaluationId)
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.exchange()));
	}

	private MvcTestResult post(MultiValueMap<String, String> form, String username) {
		return mvc.post().uri(goals).with(as(username)).with(csrf()).params(form).exchange();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	/**
	 * What a browser would send: every input, textarea and selected option of the page's
	 * form.
	 */
	static MultiValueMap<String, String> form(String html) {
		// A browser does not send the fields of a <template> (the row the script adds).
		String page = html.replaceAll("(?s)<template[ >].*?</template>", "");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		Matcher input = Pattern.compile("<input ([^>]*)>").matcher(page);
		while (input.find()) {
			String name = attribute(input.group(1), "name");
			if (name != null && !name.equals("_csrf")) {
				String value = attribute(input.group(1), "value");
				form.add(name, value == null ? "" : value);
			}
		}
		Matcher textarea = Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(page);
		while (textarea.find()) {
			form.add(textarea.group(1), unescape(textarea.group(2)));
		}
		Matcher select = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page);
		while (select.find()) {
			Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
			form.add(select.group(1), selected.find() ? unescape(selected.group(1)) : "");
		}
		return form;
	}

	/** The problems listed at the top of the page, in their order. */
	private static List<String> listed(String page) {
		Matcher list = Pattern.compile("(?s)<ul class=\"problems\">(.*?)</ul>").matcher(page);
		List<String> items = new ArrayList<>();
		if (list.find()) {
			Matcher item = Pattern.compile("<li>([^<]*)</li>").matcher(list.group(1));
			while (item.find()) {
				items.add(unescape(item.group(1)));
			}
		}
		return items;
	}

	private static String attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? unescape(matcher.group(1)) : null;
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

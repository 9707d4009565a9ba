package io.github.perfeval.overview.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.department.DepartmentTypeRef;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.overview.OverviewPage;
import io.github.perfeval.overview.OverviewRow;
import io.github.perfeval.overview.OverviewSummary;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 总览: the rows of the latest year for whoever sees them (all departments, a reviewer's
 * own, a filler's own and, when allowed, their 下属单位), sorted, filtered and with the
 * counts of all pages; bad parameters are named in Chinese and left out.
 */
@PostgresIntegrationTest
class OverviewPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DepartmentDirectory departments;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ReviewService reviews;

	@Autowired
	JdbcTemplate jdbc;

	long bureau;

	long hospital;

	long futian;

	long maternity;

	@BeforeEach
	void fourDepartmentsOf2024AndOneOf2021() throws Exception {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef people = departments.create("LH-RMYY", "深圳市罗湖区人民医院", luohu.id());
		DepartmentRef ft = users.department("FT-WJJ", "深圳市福田区卫生健康局");
		DepartmentRef fy = users.department("FT-FY", "深圳市福田区妇幼保健院");
		departments.type(luohu.id(), type("行政单位"));
		departments.type(ft.id(), type("行政单位"));
		departments.type(people.id(), type("医院"));
		departments.type(fy.id(), type("医院"));
		// The seed's 3.4.2 (weight 6) adjusted to 2; other adjustments move the 总分.
		bureau = imported("LH-WJJ", "深圳市罗湖区卫生健康局", "2");
		hospital = imported("LH-RMYY", "深圳市罗湖区人民医院", "0");
		futian = imported("FT-WJJ", "深圳市福田区卫生健康局", "6");
		maternity = imported("FT-FY", "深圳市福田区妇幼保健院", "1");
		ObjectNode hku = SeedCases.tree(SeedCases.HKU);
		importJson(SeedCases.json(hku));
		users.filler("luohu", luohu);
		users.filler("luohu-all", luohu);
		accounts.seeSubUnits("luohu-all", true);
		users.reviewerOf("futian-reviewer", ft);
		users.reviewer("city-reviewer");
	}

	@Test
	void theAdministratorSeesEveryRowOfTheLatestYearWithItsScores() throws Exception {
		MvcResult result = get("admin", "/overview");
		OverviewPage page = page(result);
		assertThat(page.filter().year()).isEqualTo(2024);
		assertThat(page.years()).containsExactly(2024, 2021);
		// By name in pinyin order: 福 (fú) before 罗 (luó), 妇 (fù) before 卫 (wèi), 人 (rén)
		// before 卫 — not by code point (卫 U+536B before 妇 U+5987).
		assertThat(names(page)).containsExactly("深圳市福田区妇幼保健院", "深圳市福田区卫生健康局", "深圳市罗湖区人民医院", "深圳市罗湖区卫生健康局");
		OverviewRow luohu = row(page, bureau);
		assertThat(luohu.departmentCode()).isEqualTo("LH-WJJ");
		assertThat(luohu.typeName()).isEqualTo("行政单位");
		assertThat(luohu.frameworkCode()).isEqualTo("SZ-COMMON");
		assertThat(luohu.status()).isEqualTo(EvaluationStatus.DRAFT);
		assertThat(luohu.total()).isEqualByComparingTo(stored("total", bureau));
		assertThat(luohu.pointsLost()).isEqualByComparingTo(stored("points_lost", bureau));
		assertThat(luohu.grade()).isEqualTo(
				jdbc.queryForObject("select grade from score_snapshot where evaluation_id = ?", String.class, bureau));
		// The 一级指标 columns are the stored level-1 lines; they add up to the 总分.
		assertThat(page.groups()).extracting(OverviewRow.GroupColumn::code)
			.containsExactlyElementsOf(jdbc.queryForList(
					"select code from score_snapshot_line where evaluation_id = ? and level = 1 order by position",
					String.class, bureau));
		assertThat(page.groups().stream().map(luohu::group).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(luohu.total());
		assertThat(row(page, futian).total().subtract(luohu.total())).isEqualByComparingTo("4");
		assertThat(row(page, hospital).total().subtract(luohu.total())).isEqualByComparingTo("-2");

		OverviewSummary summary = page.summary();
		assertThat(summary.count()).isEqualTo(4);
		BigDecimal sum = page.rows().stream().map(OverviewRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(summary.average()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(4)));
		assertThat(summary.grades().stream().mapToInt(OverviewSummary.GradeCount::count).sum()).isEqualTo(4);
		assertThat(summary.types()).extracting(OverviewSummary.TypeAverage::name).containsExactly("行政单位", "医院");
		assertThat(summary.types().get(1).average()).isEqualByComparingTo(
				row(page, hospital).total().add(row(page, maternity).total()).divide(BigDecimal.valueOf(2)));

		String body = body(result);
		assertThat(body).contains("2024 年度自评总览", "待答复意见", "href=\"/evaluations/" + bureau + "\"", "行政单位",
				"SZ-COMMON 第 1 版", "草稿", "自评数");
	}

	@Test
	void sortsByEachColumnBothWays() throws Exception {
		assertThat(names(page(get("admin", "/overview?sort=TOTAL&dir=desc")))).containsExactly("深圳市福田区卫生健康局",
				"深圳市罗湖区卫生健康局", "深圳市福田区妇幼保健院", "深圳市罗湖区人民医院");
		assertThat(names(page(get("admin", "/overview?sort=TOTAL&dir=asc")))).containsExactly("深圳市罗湖区人民医院",
				"深圳市福田区妇幼保健院", "深圳市罗湖区卫生健康局", "深圳市福田区卫生健康局");
		assertThat(names(page(get("admin", "/overview?sort=LOST&dir=asc")))).first().isEqualTo("深圳市福田区卫生健康局");
		assertThat(names(page(get("admin", "/overview?sort=DEPARTMENT&dir=desc")))).first().isEqualTo("深圳市罗湖区卫生健康局");
		submit(futian);
		assertThat(names(page(get("admin", "/overview?sort=STATUS&dir=desc")))).first().isEqualTo("深圳市福田区卫生健康局");
		List<String> byChange = names(page(get("admin", "/overview?sort=CHANGED&dir=desc")));
		assertThat(byChange).first().isEqualTo("深圳市福田区卫生健康局");
		OverviewPage byGrade = page(get("admin", "/overview?sort=GRADE&dir=desc"));
		assertThat(byGrade.rows().get(0).total()).isEqualByComparingTo(
				byGrade.rows().stream().map(OverviewRow::total).max(BigDecimal::compareTo).orElseThrow());
	}

	@Test
	void filtersByStatusGradeTypeNameAndFrameworkAndCountsWhatTheyLeave() throws Exception {
		long hospitals = type("医院");
		OverviewPage byType = page(get("admin", "/overview?type=" + hospitals));
		assertThat(names(byType)).containsExactlyInAnyOrder("深圳市罗湖区人民医院", "深圳市福田区妇幼保健院");
		assertThat(byType.summary().count()).isEqualTo(2);
		assertThat(byType.summary().types()).extracting(OverviewSummary.TypeAverage::name).containsExactly("医院");

		assertThat(names(page(get("admin", "/overview?name=福田")))).containsExactlyInAnyOrder("深圳市福田区卫生健康局",
				"深圳市福田区妇幼保健院");
		assertThat(names(page(get("admin", "/overview?name=lh-rm")))).containsExactly("深圳市罗湖区人民医院");

		submit(futian);
		OverviewPage submitted = page(get("admin", "/overview?status=SUBMITTED"));
		assertThat(names(submitted)).containsExactly("深圳市福田区卫生健康局");
		assertThat(submitted.rows().get(0).status()).isEqualTo(EvaluationStatus.SUBMITTED);

		String grade = row(page(get("admin", "/overview")), futian).grade();
		OverviewPage graded = page(get("admin", "/overview?grade=" + grade));
		assertThat(graded.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.grade()).isEqualTo(grade));
		assertThat(graded.summary().grades()).extracting(OverviewSummary.GradeCount::name).containsExactly(grade);

		long framework = jdbc.queryForObject("select framework_id from evaluation where id = ?", Long.class, bureau);
		assertThat(page(get("admin", "/overview?framework=" + framework)).rows()).hasSize(4);
		assertThat(page(get("admin", "/overview?framework=" + (framework + 1000))).rows()).isEmpty();
		assertThat(page(get("admin", "/overview?year=2021")).rows()).extracting(OverviewRow::departmentName)
			.containsExactly("香港大学深圳医院");
	}

	@Test
	void sortsDepartmentNamesInPinyinOrderBothWays() throws Exception {
		users.department("BJ-X", "北京市某单位");
		users.department("CQ-X", "重庆市某单位");
		users.department("AH-X", "安徽省某单位");
		users.department("ZJ-X", "浙江省某单位");
		for (String[] department : new String[][] { { "BJ-X", "北京市某单位" }, { "CQ-X", "重庆市某单位" }, { "AH-X", "安徽省某单位" },
				{ "ZJ-X", "浙江省某单位" } }) {
			imported(department[0], department[1], "2");
		}
		List<String> ascending = List.of("安徽省某单位", "北京市某单位", "重庆市某单位", "深圳市福田区妇幼保健院", "深圳市福田区卫生健康局", "深圳市罗湖区人民医院",
				"深圳市罗湖区卫生健康局", "浙江省某单位");
		assertThat(names(page(get("admin", "/overview?sort=DEPARTMENT&dir=asc")))).containsExactlyElementsOf(ascending);
		assertThat(names(page(get("admin", "/overview?sort=DEPARTMENT&dir=desc"))))
			.containsExactlyElementsOf(reversed(ascending));
		assertThat(body(get("admin", "/overview"))).containsSubsequence("安徽省某单位", "北京市某单位", "重庆市某单位", "浙江省某单位");
	}

	@Test
	void theDepartmentsWithoutATypeAreAChoiceOfTheTypeFilter() throws Exception {
		long people = departments.byCode("LH-RMYY").orElseThrow().id();
		departments.type(people, null);

		MvcResult result = get("admin", "/overview?type=none&sort=TOTAL&dir=desc");

		OverviewPage page = page(result);
		assertThat(page.filter().untyped()).isTrue();
		assertThat(page.filter().typeId()).isNull();
		assertThat(names(page)).containsExactly("深圳市罗湖区人民医院");
		assertThat(page.summary().count()).isEqualTo(1);
		assertThat(page.summary().types()).extracting(OverviewSummary.TypeAverage::name).containsOnlyNulls();
		String body = body(result);
		assertThat(body).contains("<option value=\"none\" selected=\"selected\">未设置</option>").doesNotContain("以下条件有误");
		// The sort links and the pages keep the choice.
		assertThat(body).contains("type=none&amp;sort=DEPARTMENT");
		assertThat(names(page(get("admin", "/overview?type=none&sort=DEPARTMENT")))).containsExactly("深圳市罗湖区人民医院");
		// Any other word is not a type: named and left out.
		assertThat(body(get("admin", "/overview?type=nothing"))).contains("没有这个单位类型");
		assertThat(page(get("admin", "/overview?type=nothing")).rows()).hasSize(4);
	}

	@Test
	void eachSeesOnlyTheDepartmentsTheyMay() throws Exception {
		assertThat(names(page(get("luohu", "/overview")))).containsExactly("深圳市罗湖区卫生健康局");
		assertThat(names(page(get("luohu-all", "/overview")))).containsExactly("深圳市罗湖区人民医院", "深圳市罗湖区卫生健康局");
		OverviewPage reviewer = page(get("futian-reviewer", "/overview"));
		assertThat(names(reviewer)).containsExactly("深圳市福田区卫生健康局");
		assertThat(reviewer.summary().count()).isEqualTo(1);
		assertThat(reviewer.years()).containsExactly(2024);
		assertThat(names(page(get("futian-reviewer", "/overview?name=罗湖")))).isEmpty();
		assertThat(page(get("futian-reviewer", "/overview?year=2021")).rows()).isEmpty();
		assertThat(names(page(get("city-reviewer", "/overview")))).hasSize(4);
		assertThat(body(get("luohu", "/overview"))).doesNotContain("福田", "人民医院");
	}

	@Test
	void countsTheOpenRemarksOfTheCurrentRound() throws Exception {
		submit(bureau);
		Viewer reviewer = new Viewer("city-reviewer", "city-reviewer", Role.REVIEWER, Set.of(), 1, true, false);
		reviews.comment(bureau, reviewer, version(bureau), "1.1.1", "请补充会议纪要");
		reviews.comment(bureau, reviewer, version(bureau), null, "请核对决算数");
		OverviewPage page = page(get("admin", "/overview"));
		OverviewPage.CountColumn open = page.counts().get(0);
		assertThat(open.headingKey()).isEqualTo("overview.col.openComments");
		assertThat(open.of(bureau)).isEqualTo(2);
		assertThat(open.of(futian)).isZero();
	}

	@Test
	void countsTheDepartmentsOpenRectifications() throws Exception {
		// Two 整改事项 of 罗湖's 2023 evaluation: one open, one confirmed 已完成.
		jdbc.update("""
				insert into rectification_item (evaluation_id, department_id, year, position, problem, status,
				                                confirmed_by, confirmed_at, created_by, updated_by)
				select id, department_id, 2023, n, '问题' || n, case n when 1 then 'IN_PROGRESS' else 'DONE' end,
				       case n when 2 then 'city-reviewer' end, case n when 2 then now() end, 'luohu', 'luohu'
				  from evaluation cross join generate_series(1, 2) n where id = ?""", bureau);
		OverviewPage page = page(get("admin", "/overview"));
		OverviewPage.CountColumn open = page.counts().get(1);
		assertThat(open.headingKey()).isEqualTo("overview.col.openRectifications");
		assertThat(open.of(bureau)).isEqualTo(1);
		assertThat(open.of(futian)).isZero();
		assertThat(body(get("admin", "/overview"))).contains("未完成整改");
	}

	@Test
	void badParametersAreNamedAndLeftOut() throws Exception {
		MvcResult result = get("admin",
				"/overview?year=abc&status=DONE&sort=NAME&dir=up&page=0&type=x&name=" + "长".repeat(101));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		OverviewPage page = page(result);
		assertThat(page.filter().year()).isEqualTo(2024);
		assertThat(page.filter().name()).isNull();
		assertThat(page.rows()).hasSize(4);
		assertThat(body(result)).contains("以下条件有误，已忽略", "年度应是一个年份，如 2024", "没有这个状态", "不能按这一列排序", "排序方向应为升序或降序",
				"页码应在 1 至 10000 之间", "没有这个单位类型", "部门名称或代码不能超过 100 字");
		assertThat(body(get("admin", "/overview?year=1900"))).contains("年度应在 2000 至 2100 之间");
		OverviewPage beyond = page(get("admin", "/overview?page=9999"));
		assertThat(beyond.filter().page()).isEqualTo(1);
		assertThat(beyond.pages()).isEqualTo(1);
		assertThat(beyond.rows()).hasSize(4);
		assertThat(page(get("admin", "/overview?year=2030")).rows()).isEmpty();
	}

	private static List<String> reversed(List<String> names) {
		List<String> reversed = new java.util.ArrayList<>(names);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	private long type(String name) {
		return departments.types()
			.stream()
			.filter(type -> type.name().equals(name))
			.mapToLong(DepartmentTypeRef::id)
			.findFirst()
			.orElseThrow();
	}

	private long imported(String code, String name, String satisfaction) throws Exception {
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		((ObjectNode) document.get("department")).put("code", code).put("name", name);
		((ObjectNode) document.get("overrides").get("3.4.2")).put("score", new BigDecimal(satisfaction));
		return importJson(SeedCases.json(document));
	}

	private long importJson(String json) throws Exception {
		MockHttpServletResponse response = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		String location = response.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void submit(long id) {
		evaluations.submit(id, new Viewer("admin", "admin", Role.ADMIN, Set.of()), version(id), true);
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	private BigDecimal stored(String column, long id) {
		return jdbc.queryForObject("select " + column + " from score_snapshot where evaluation_id = ?",
				BigDecimal.class, id);
	}

	private MvcResult get(String who, String uri) {
		return mvc.get().uri(uri).with(as(who)).exchange().getMvcResult();
	}

	private static OverviewPage page(MvcResult result) {
		Map<String, Object> model = result.getModelAndView().getModel();
		return (OverviewPage) model.get("page");
	}

	private static List<String> names(OverviewPage page) {
		return page.rows().stream().map(OverviewRow::departmentName).toList();
	}

	private static OverviewRow row(OverviewPage page, long evaluationId) {
		return page.rows().stream().filter(row -> row.evaluationId() == evaluationId).findFirst().orElseThrow();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
	}

}

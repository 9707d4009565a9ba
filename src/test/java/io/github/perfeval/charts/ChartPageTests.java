package io.github.perfeval.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.department.DepartmentTypeRef;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The charts' figures for a handful of imported seeds with known totals — 2024: 罗湖卫健局
 * 88.18 良 (行政单位), 香港大学深圳医院 96.60 优 and 罗湖区人民医院 88.18 良 (both 医院); 2021: 香港大学深圳医院 96.60 优
 * — in the model and in the chart JSON of the page, checked against the snapshots summed
 * here in Java; and who sees what: a 填报人 only their department's figures, another's
 * evaluation not at all.
 */
@PostgresIntegrationTest
class ChartPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DepartmentDirectory departments;

	@Autowired
	ScoreSnapshots snapshots;

	long luohu;

	long hku2024;

	long hku2021;

	long hospital;

	@BeforeEach
	void threeDepartmentsOfTwoTypes() {
		users.reset();
		DepartmentRef bureau = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		DepartmentRef hku = users.department("HKU-SZH", "香港大学深圳医院");
		DepartmentRef rmyy = users.department("LH-RMYY", "深圳市罗湖区人民医院");
		departments.type(bureau.id(), type("行政单位"));
		departments.type(hku.id(), type("医院"));
		departments.type(rmyy.id(), type("医院"));
		users.filler("lh-filler", bureau);
		users.reviewer("all-reviewer");
		luohu = imported(SeedCases.LUOHU, null, null);
		hku2021 = imported(SeedCases.HKU, null, null);
		hku2024 = imported(SeedCases.HKU, null, 2024);
		hospital = imported(SeedCases.LUOHU, rmyy, null);
	}

	@Test
	void theGradeDistributionCountsEachGradeInTheFrameworksOrderByType() throws Exception {
		Map<String, Object> model = model("all-reviewer", "/charts?year=2024&byType=true");
		GradeDistribution grades = (GradeDistribution) model.get("grades");
		assertThat(grades.grades()).containsExactly("优", "良", "中", "差");
		assertThat(grades.standings()).containsExactly("top", "upper", "lower", "bottom");
		assertThat(grades.totals()).containsExactly(1L, 2L, 0L, 0L);
		assertThat(grades.types()).extracting(GradeDistribution.TypeCounts::type).containsExactly("行政单位", "医院");
		assertThat(grades.types().get(0).counts()).containsExactly(0L, 1L, 0L, 0L);
		assertThat(grades.types().get(1).counts()).containsExactly(1L, 1L, 0L, 0L);
		assertThat(grades.pending()).isZero();

		JsonNode chart = SeedCases.read((String) model.get("gradesChart"));
		assertThat(chart.get("title").asString()).isEqualTo("2024 年度评分等级分布");
		assertThat(chart.get("categories").toString()).isEqualTo("[\"优\",\"良\",\"中\",\"差\"]");
		assertThat(chart.get("stacked").asBoolean()).isTrue();
		assertThat(chart.get("series").get(1).get("name").asString()).isEqualTo("医院");
		assertThat(chart.get("series").get(1).get("values").toString()).isEqualTo("[1,1,0,0]");

		JsonNode unsplit = SeedCases.read((String) model("all-reviewer", "/charts?year=2024").get("gradesChart"));
		assertThat(unsplit.get("series").get(0).get("values").toString()).isEqualTo("[1,2,0,0]");
		assertThat(unsplit.get("series").get(0).get("standings").toString())
			.isEqualTo("[\"top\",\"upper\",\"lower\",\"bottom\"]");

		GradeDistribution of2021 = (GradeDistribution) model("all-reviewer", "/charts?year=2021").get("grades");
		assertThat(of2021.totals()).containsExactly(1L, 0L, 0L, 0L);
	}

	@Test
	void theLeavesLosingMostAreTheSnapshotsAveragesSortedDescending() throws Exception {
		Map<String, Object> model = model("admin", "/charts?year=2024&top=20");
		@SuppressWarnings("unchecked")
		List<LeafLoss> losses = (List<LeafLoss>) model.get("losses");
		List<Map.Entry<String, BigDecimal>> expected = averageLost(List.of(luohu, hku2024, hospital)).stream()
			.filter(entry -> entry.getValue().signum() > 0)
			.toList();
		assertThat(losses).hasSize(Math.min(20, expected.size()));
		for (int i = 0; i < losses.size(); i++) {
			assertThat(losses.get(i).averageLost()).as(losses.get(i).code())
				.isEqualByComparingTo(expected.get(i).getValue());
		}
		for (int i = 1; i < losses.size(); i++) {
			assertThat(losses.get(i).averageLost()).isLessThanOrEqualTo(losses.get(i - 1).averageLost());
		}
		assertThat(losses.get(0).averageLost()).isPositive();
		JsonNode chart = SeedCases.read((String) model.get("lossesChart"));
		assertThat(chart.get("horizontal").asBoolean()).isTrue();
		assertThat(chart.get("categories").get(0).asString())
			.isEqualTo(losses.get(0).code() + " " + losses.get(0).name());
		assertThat(new BigDecimal(chart.get("series").get(0).get("values").get(0).toString()))
			.isEqualByComparingTo(losses.get(0).averageLost());

		@SuppressWarnings("unchecked")
		List<LeafLoss> five = (List<LeafLoss>) model("admin", "/charts?year=2024&top=5").get("losses");
		assertThat(five).hasSize(5).containsExactlyElementsOf(losses.subList(0, 5));
	}

	@Test
	void aDepartmentAcrossTheYearsBesideItsTypesAndTheOverallAverage() throws Exception {
		Map<String, Object> model = model("all-reviewer", "/charts/evaluations/" + hku2024);
		DepartmentTrend trend = (DepartmentTrend) model.get("trend");
		assertThat(trend.department()).isEqualTo("香港大学深圳医院");
		assertThat(trend.type()).isEqualTo("医院");
		assertThat(trend.years()).extracting(YearScore::year).containsExactly(2021, 2024);
		YearScore of2021 = trend.years().get(0);
		assertThat(of2021.total()).isEqualByComparingTo("96.60");
		assertThat(of2021.grade()).isEqualTo("优");
		assertThat(of2021.average()).isEqualByComparingTo("96.60");
		assertThat(of2021.count()).isOne();
		YearScore of2024 = trend.years().get(1);
		assertThat(of2024.total()).isEqualByComparingTo("96.60");
		// 医院: (96.60 + 88.18) / 2; all: (88.18 + 96.60 + 88.18) / 3 = 90.9866…
		assertThat(of2024.typeAverage()).isEqualByComparingTo("92.39");
		assertThat(of2024.typeCount()).isEqualTo(2);
		assertThat(of2024.average()).isEqualByComparingTo("90.99");
		assertThat(of2024.count()).isEqualTo(3);

		JsonNode chart = SeedCases.read((String) model.get("trendChart"));
		assertThat(chart.get("categories").toString()).isEqualTo("[\"2021\",\"2024\"]");
		assertThat(chart.get("series").get(0).get("labels").toString()).isEqualTo("[\"96.60 优\",\"96.60 优\"]");
		assertThat(chart.get("series").get(1).get("name").asString()).isEqualTo("同类单位（医院）平均");
		assertThat(chart.get("series").get(1).get("values").toString()).isEqualTo("[96.60,92.39]");
		assertThat(chart.get("series").get(2).get("values").toString()).isEqualTo("[96.60,90.99]");

		String page = page("all-reviewer", "/charts/evaluations/" + hku2024);
		assertThat(page).contains("香港大学深圳医院 历年综合评分", "92.39", "90.99", "/webjars/echarts/", "/dist/echarts.min.js");
	}

	@Test
	void anEvaluationsGroupsBesideTheAveragesOfItsYearAndType() throws Exception {
		GroupComparison comparison = (GroupComparison) model("admin", "/charts/evaluations/" + luohu).get("groups");
		ScoreSnapshot own = snapshots.of(luohu).orElseThrow();
		List<ScoreSnapshot.Line> groups = own.level(2);
		assertThat(comparison.groups()).extracting(GroupRate::code)
			.containsExactlyElementsOf(groups.stream().map(ScoreSnapshot.Line::code).toList());
		assertThat(comparison.type()).isEqualTo("行政单位");
		Map<Long, ScoreSnapshot> all = snapshots.of(List.of(luohu, hku2024, hospital));
		for (GroupRate group : comparison.groups()) {
			ScoreSnapshot.Line line = groups.stream()
				.filter(l -> l.code().equals(group.code()))
				.findFirst()
				.orElseThrow();
			assertThat(group.score()).isEqualByComparingTo(line.score());
			assertThat(group.rate()).isEqualByComparingTo(rate(line));
			BigDecimal sum = all.values()
				.stream()
				.map(snapshot -> snapshot.level(2).stream().filter(l -> l.code().equals(group.code())).findFirst())
				.map(found -> exactRate(found.orElseThrow()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(group.average()).as(group.code())
				.isEqualByComparingTo(sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
			assertThat(group.count()).isEqualTo(3);
			// 罗湖 is the only 行政单位: its type's average is its own rate.
			assertThat(group.typeAverage()).isEqualByComparingTo(rate(line));
			assertThat(group.typeCount()).isOne();
		}
		assertThat(comparison.groups()).anySatisfy(group -> assertThat(group.rate()).isLessThan(new BigDecimal("100")));
	}

	@Test
	void aFillerSeesOnlyTheirDepartmentsFiguresAndNoOtherEvaluation() throws Exception {
		Map<String, Object> model = model("lh-filler", "/charts?year=2024");
		assertThat(((GradeDistribution) model.get("grades")).totals()).containsExactly(0L, 1L, 0L, 0L);
		assertThat(model.get("years")).isEqualTo(List.of(2024));
		@SuppressWarnings("unchecked")
		List<LeafLoss> losses = (List<LeafLoss>) model.get("losses");
		assertThat(losses).allSatisfy(loss -> assertThat(loss.evaluations()).isOne());

		DepartmentTrend trend = (DepartmentTrend) model("lh-filler", "/charts/evaluations/" + luohu).get("trend");
		assertThat(trend.years()).singleElement().satisfies(year -> {
			assertThat(year.average()).isEqualByComparingTo("88.18");
			assertThat(year.count()).isOne();
		});

		MvcTestResult other = mvc.get().uri("/charts/evaluations/{id}", hku2024).with(as("lh-filler")).exchange();
		assertThat(other).hasStatus(404);
		assertThat(other).bodyText().doesNotContain("香港大学深圳医院", "96.60");
		assertThat(page("lh-filler", "/charts?year=2021")).doesNotContain("香港大学深圳医院");
		assertThat((GradeDistribution) model("lh-filler", "/charts?year=2021").get("grades")).isNull();
	}

	@Test
	void badQueriesAreToldInChineseAndTheDefaultsUsed() throws Exception {
		MockHttpServletResponse response = mvc.get()
			.uri("/charts?year=abc&top=500&framework=x")
			.with(as("admin"))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("年度应为 2000 至 2100 之间的整数", "显示的指标数应为 5 至 50 之间的整数", "请选择指标体系", "2024 年度评分等级分布");
		assertThat(page("admin", "/charts?year=1999")).contains("年度应为 2000 至 2100 之间的整数", "2024 年度评分等级分布");
	}

	private Map<String, Object> model(String who, String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(as(who)).exchange();
		assertThat(result).hasStatusOk();
		return result.getMvcResult().getModelAndView().getModel();
	}

	private String page(String who, String uri) throws Exception {
		MockHttpServletResponse response = mvc.get().uri(uri).with(as(who)).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The leaves' average points lost over these evaluations, most first, by code. */
	private List<Map.Entry<String, BigDecimal>> averageLost(List<Long> ids) {
		Map<String, List<BigDecimal>> lost = new LinkedHashMap<>();
		snapshots.of(ids)
			.values()
			.forEach(snapshot -> snapshot.level(3)
				.stream()
				.filter(line -> line.lost() != null)
				.forEach(line -> lost.computeIfAbsent(line.code(), code -> new ArrayList<>()).add(line.lost())));
		List<Map.Entry<String, BigDecimal>> averages = new ArrayList<>();
		lost.forEach((code,
				values) -> averages.add(Map.entry(code,
						values.stream()
							.reduce(BigDecimal.ZERO, BigDecimal::add)
							.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP))));
		averages.sort(Comparator.comparing(Map.Entry<String, BigDecimal>::getValue).reversed());
		return averages;
	}

	private static BigDecimal rate(ScoreSnapshot.Line line) {
		return exactRate(line).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal exactRate(ScoreSnapshot.Line line) {
		return line.score().multiply(BigDecimal.valueOf(100)).divide(line.weight(), 20, RoundingMode.HALF_UP);
	}

	private Long type(String name) {
		return departments.types()
			.stream()
			.filter(type -> type.name().equals(name))
			.map(DepartmentTypeRef::id)
			.findFirst()
			.orElseThrow();
	}

	/** Imports a seed as the administrator, into another department or year if given. */
	private long imported(String seed, DepartmentRef into, Integer year) {
		ObjectNode document = SeedCases.tree(seed);
		if (into != null) {
			((ObjectNode) document.get("department")).put("code", into.code()).put("name", into.name());
		}
		if (year != null) {
			document.put("year", year);
		}
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

	private RequestPostProcessor as(String who) {
		return user(accounts.loadUserByUsername(who));
	}

}

package io.github.perfeval.scoring;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static io.github.perfeval.scoring.SzCommon.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The two seed evaluations of {@code spec/CASES.md}, end to end on the engine alone. The
 * documents' scoring parts are held here verbatim, so the test needs nothing outside the
 * repo; {@link #theHeldDataAreThoseOfTheSpecsCaseFiles} checks them against the spec's
 * files when present.
 */
class SeedCasesTest {

	static final String LUOHU_2024 = """
			{
			  "customIndicators": {
			    "remove": ["3.3.1"],
			    "add": [
			      {"group": "3.3", "code": "3.3.1", "name": "提升医疗卫生基础设施水平", "weight": 5, "rule": "judgment"},
			      {"group": "3.3", "code": "3.3.2", "name": "整合医疗卫生服务", "weight": 5, "rule": "judgment"},
			      {"group": "3.3", "code": "3.3.3", "name": "推进大健康招商引资", "weight": 5, "rule": "judgment"},
			      {"group": "3.3", "code": "3.3.4", "name": "提供优质医疗卫生健康资源", "weight": 5, "rule": "judgment"},
			      {"group": "3.3", "code": "3.3.5", "name": "深化干部人才队伍建设", "weight": 5, "rule": "judgment"}
			    ]
			  },
			  "indicators": {
			    "1.1.1": {"items": [1, 1, 1, 1, 1]},
			    "1.1.2": {"nonconformities": 0},
			    "1.2.1": {"nonconformities": 0},
			    "1.2.2": {"items": [2, 2, 0, 0, 1], "comment": "“保障妇女儿童健康”指标值为“有效”，未能量化"},
			    "2.1.1": {"plannedAmount": 13966.91, "actualAmount": 3418.63, "policyScore": 0.25},
			    "2.1.2": {"spendingCompliance": 1, "budgetTotal": 527711.12, "adjustedAmount": 43298.95, "accountingCompliance": 1, "violation": false},
			    "2.1.3": {"budgetDisclosure": "FULL", "finalAccountsDisclosure": "FULL"},
			    "2.2.1": {"items": [1, 1]},
			    "2.2.2": {"items": [1, 1]},
			    "2.3.1": {"items": [1, 1]},
			    "2.3.2": {"assetsInUse": 408330.03, "assetsTotal": 408330.03, "comment": "报告未披露在用资产额；按得分 1 分取在用率 100%（假设）"},
			    "2.4.1": {"staffOnPayroll": 1194, "authorizedStaff": 1626},
			    "2.4.2": {"nonPayrollStaff": 4313, "staffOnPayroll": 1194},
			    "2.5.1": {"items": [0.5, 1.5, 1]},
			    "3.1.1": {"threePublicBudget": 82.49, "threePublicActual": 69.05, "dailyPublicBudget": 224115.17, "dailyPublicActual": 177962.44},
			    "3.2.1": {"q1": 44.72, "q2": 58.18, "q3": 88.53, "q4": 87.62},
			    "3.2.2": {"unfinishedKeyTasks": 0},
			    "3.2.3": {"plannedProjects": 177, "projectsOnTime": 144, "comment": "报告称 147 个项目执行率高于 90%；公布得分 4.88 对应 144 个按时完成"},
			    "3.3.1": {"band": "SIGNIFICANT", "score": 5, "reason": "13 个基建项目推进，托育综合服务中心开园"},
			    "3.3.2": {"band": "SIGNIFICANT", "score": 5, "reason": "五个融合纵深推进罗湖医改"},
			    "3.3.3": {"band": "SIGNIFICANT", "score": 4, "reason": "挖潜社会投资项目 8 个"},
			    "3.3.4": {"band": "SIGNIFICANT", "score": 4, "reason": "社康诊疗量占比 62.46%"},
			    "3.3.5": {"band": "SIGNIFICANT", "score": 5, "reason": "引进人才，重点学科建设"},
			    "3.4.1": {"channelEstablished": true, "petitionsReceived": 335, "petitionsReplied": 335, "petitionsRepliedOnTime": 335}
			  },
			  "overrides": {
			    "3.4.2": {"score": 2, "reason": "未开展满意度调查，参考信访反馈的普遍性问题评定"}
			  }
			}
			""";

	static final String HKU_SZH_2021 = """
			{
			  "indicators": {
			    "1.1.1": {"items": [1, 1, 1, 1, 1]},
			    "1.1.2": {"nonconformities": 0},
			    "1.2.1": {"nonconformities": 0},
			    "1.2.2": {"items": [2, 2, 1, 1, 1]},
			    "2.1.1": {"plannedAmount": 7970, "actualAmount": 7171, "policyScore": 1},
			    "2.1.2": {"spendingCompliance": 1, "budgetTotal": 248317, "adjustedAmount": 0, "accountingCompliance": 1, "violation": false, "comment": "报告未披露调整调剂金额（取 0，假设）"},
			    "2.1.3": {"budgetDisclosure": "FULL", "finalAccountsDisclosure": "FULL"},
			    "2.2.1": {"items": [1, 1]},
			    "2.2.2": {"items": [1, 1]},
			    "2.3.1": {"items": [1, 1]},
			    "2.5.1": {"items": [0.5, 1.5, 1]},
			    "3.2.2": {"unfinishedKeyTasks": 0},
			    "3.3.1": {"band": "SIGNIFICANT", "score": 25, "reason": "总诊疗量 323.97 万人次，同比增长 80.7%；入选国家公立医院高质量发展试点医院"},
			    "3.4.1": {"channelEstablished": true, "petitionsReceived": 0, "petitionsReplied": 0, "petitionsRepliedOnTime": 0},
			    "3.4.2": {"satisfactionPercent": 95.1}
			  },
			  "overrides": {
			    "2.3.2": {"score": 1, "reason": "报告未披露在用固定资产数据，按公布得分"},
			    "2.4.1": {"score": 1, "reason": "全员聘用制，按公布得分"},
			    "2.4.2": {"score": 1, "reason": "按公布得分"},
			    "3.1.1": {"score": 3, "reason": "报告未披露三公经费与日常公用经费数据，按公布得分"},
			    "3.2.1": {"score": 5.7, "reason": "报告未披露季度执行进度，按公布得分"},
			    "3.2.3": {"score": 6, "reason": "报告未披露项目数，按公布得分"}
			  }
			}
			""";

	static final SeedCase LUOHU = SeedCase.parse(LUOHU_2024);

	static final SeedCase HKU = SeedCase.parse(HKU_SZH_2021);

	private static final ScoringSheet LUOHU_SHEET = valid(LUOHU.assess());

	private static final ScoringSheet LUOHU_PUBLISHED_SHEET = valid(
			LUOHU.withOverride("3.2.1", "5.8", "按公开自评报告得分").assess());

	private static final ScoringSheet HKU_SHEET = valid(HKU.assess());

	private static ScoringSheet valid(ScoringEngine.Assessment assessment) {
		assertThat(assessment.violations()).isEmpty();
		return assessment.sheet();
	}

	@Test
	void luohuComputesTo88Point18Good() {
		assertThat(LUOHU_SHEET.total()).isEqualTo(dec("88.18"));
		assertThat(LUOHU_SHEET.grade()).isEqualTo("良");
		assertThat(LUOHU_SHEET.missing()).isEmpty();
		assertThat(LUOHU_SHEET.warnings()).isEmpty();
		assertThat(LUOHU_SHEET.leaves()).hasSize(25);
	}

	@ParameterizedTest(name = "罗湖 {0}: computed {1}, final {2}")
	@CsvSource(textBlock = """
			1.1.1, 5.00, 5.00
			1.1.2, 5.00, 5.00
			1.2.1, 3.00, 3.00
			1.2.2, 5.00, 5.00
			2.1.1, 0.49, 0.49
			2.1.2, 3.00, 3.00
			2.1.3, 3.00, 3.00
			2.2.1, 2.00, 2.00
			2.2.2, 2.00, 2.00
			2.3.1, 2.00, 2.00
			2.3.2, 1.00, 1.00
			2.4.1, 1.00, 1.00
			2.4.2, 0.00, 0.00
			2.5.1, 3.00, 3.00
			3.1.1, 6.00, 6.00
			3.2.1, 5.81, 5.81
			3.2.2, 8.00, 8.00
			3.2.3, 4.88, 4.88
			3.3.1, 5.00, 5.00
			3.3.2, 5.00, 5.00
			3.3.3, 4.00, 4.00
			3.3.4, 4.00, 4.00
			3.3.5, 5.00, 5.00
			3.4.1, 3.00, 3.00
			3.4.2,     , 2.00
			""")
	void luohuLeaves(String code, String computed, String finalScore) {
		ScoringSheet.LeafScore leaf = LUOHU_SHEET.leaf(code);
		assertThat(leaf.computed()).isEqualTo(computed == null ? null : dec(computed));
		assertThat(leaf.finalScore()).isEqualTo(dec(finalScore));
		assertThat(leaf.lost()).isEqualTo(leaf.weight().subtract(dec(finalScore)));
	}

	@ParameterizedTest(name = "罗湖 group {0} = {1}")
	@CsvSource(textBlock = """
			1,   18.00
			1.1, 10.00
			1.2, 8.00
			2,   17.49
			2.1, 6.49
			2.2, 4.00
			2.3, 3.00
			2.4, 1.00
			2.5, 3.00
			3,   52.69
			3.1, 6.00
			3.2, 18.69
			3.3, 23.00
			3.4, 5.00
			""")
	void luohuGroups(String code, String score) {
		assertThat(LUOHU_SHEET.group(code).score()).isEqualTo(dec(score));
	}

	@Test
	void luohuKeepsTheOverrideOf3Point4Point2BesideNoComputedScore() {
		ScoringSheet.LeafScore leaf = LUOHU_SHEET.leaf("3.4.2");
		assertThat(leaf.override()).isEqualTo(new ScoreOverride(dec("2.00"), "未开展满意度调查，参考信访反馈的普遍性问题评定"));
		assertThat(leaf.lost()).isEqualTo(dec("4.00"));
	}

	@Test
	void luohuWithThePublished5Point8Gives88Point17() {
		assertThat(LUOHU_PUBLISHED_SHEET.total()).isEqualTo(dec("88.17"));
		assertThat(LUOHU_PUBLISHED_SHEET.grade()).isEqualTo("良");
		ScoringSheet.LeafScore leaf = LUOHU_PUBLISHED_SHEET.leaf("3.2.1");
		assertThat(leaf)
			.extracting(ScoringSheet.LeafScore::level1, ScoringSheet.LeafScore::level2, ScoringSheet.LeafScore::name,
					ScoringSheet.LeafScore::computed, ScoringSheet.LeafScore::finalScore, ScoringSheet.LeafScore::lost)
			.containsExactly("部门绩效", "效率性", "预算执行率", dec("5.81"), dec("5.80"), dec("0.20"));
		assertThat(leaf.override().reason()).isEqualTo("按公开自评报告得分");
		assertThat(LUOHU_PUBLISHED_SHEET.group("3").score()).isEqualTo(dec("52.68"));
		assertThat(LUOHU_PUBLISHED_SHEET.group("3.2").score()).isEqualTo(dec("18.68"));
		assertThat(LUOHU_PUBLISHED_SHEET.group("1").score()).isEqualTo(dec("18.00"));
		assertThat(LUOHU_PUBLISHED_SHEET.group("2").score()).isEqualTo(dec("17.49"));
		assertThat(LUOHU_PUBLISHED_SHEET.warnings())
			.containsExactly(Notice.of("overrideDiffers", "3.2.1", dec("5.81"), dec("5.80"), "按公开自评报告得分"));
	}

	@Test
	void hkuComputesTo96Point60Excellent() {
		assertThat(HKU_SHEET.total()).isEqualTo(dec("96.60"));
		assertThat(HKU_SHEET.grade()).isEqualTo("优");
		assertThat(HKU_SHEET.missing()).isEmpty();
		assertThat(HKU_SHEET.warnings()).isEmpty();
		assertThat(HKU_SHEET.leaves()).hasSize(21);
		assertThat(HKU_SHEET.groups()).filteredOn(group -> group.level() == 1)
			.extracting(ScoringSheet.GroupScore::code, ScoringSheet.GroupScore::weight, ScoringSheet.GroupScore::score)
			.containsExactly(tuple("1", dec("20"), dec("20.00")), tuple("2", dec("20"), dec("19.90")),
					tuple("3", dec("60"), dec("56.70")));
	}

	@ParameterizedTest(name = "HKU {0}: computed {1}, final {2}")
	@CsvSource(textBlock = """
			1.1.1, 5.00,  5.00
			1.1.2, 5.00,  5.00
			1.2.1, 3.00,  3.00
			1.2.2, 7.00,  7.00
			2.1.1, 1.90,  1.90
			2.1.2, 3.00,  3.00
			2.1.3, 3.00,  3.00
			2.2.1, 2.00,  2.00
			2.2.2, 2.00,  2.00
			2.3.1, 2.00,  2.00
			2.3.2,      , 1.00
			2.4.1,      , 1.00
			2.4.2,      , 1.00
			2.5.1, 3.00,  3.00
			3.1.1,      , 3.00
			3.2.1,      , 5.70
			3.2.2, 8.00,  8.00
			3.2.3,      , 6.00
			3.3.1, 25.00, 25.00
			3.4.1, 3.00,  3.00
			3.4.2, 6.00,  6.00
			""")
	void hkuLeaves(String code, String computed, String finalScore) {
		ScoringSheet.LeafScore leaf = HKU_SHEET.leaf(code);
		assertThat(leaf.computed()).isEqualTo(computed == null ? null : dec(computed));
		assertThat(leaf.finalScore()).isEqualTo(dec(finalScore));
	}

	@ParameterizedTest(name = "HKU group {0} = {1}")
	@CsvSource(textBlock = """
			1.1, 10.00
			1.2, 10.00
			2.1, 7.90
			2.2, 4.00
			2.3, 3.00
			2.4, 2.00
			2.5, 3.00
			3.1, 3.00
			3.2, 19.70
			3.3, 25.00
			3.4, 9.00
			""")
	void hkuGroups(String code, String score) {
		assertThat(HKU_SHEET.group(code).score()).isEqualTo(dec(score));
	}

	@Test
	void aDraftWithALeafStillMissingHasATotalButNoGrade() {
		ScoringEngine.Assessment draft = LUOHU.without("3.2.2").assess();
		assertThat(draft.violations()).isEmpty();
		assertThat(draft.sheet().total()).isEqualTo(dec("80.18"));
		assertThat(draft.sheet().grade()).isNull();
		assertThat(draft.sheet().missing())
			.extracting(ScoringSheet.MissingLeaf::code, ScoringSheet.MissingLeaf::name,
					ScoringSheet.MissingLeaf::fields)
			.containsExactly(tuple("3.2.2", "重点工作完成情况", List.of("unfinishedKeyTasks")));
		assertThat(draft.sheet().warnings()).containsExactly(Notice.of("noInput", "3.2.2"));
	}

	@Test
	void theHeldDataAreThoseOfTheSpecsCaseFiles() {
		assertSameScoringParts(SeedCase.SPEC_CASES.resolve("luohu-2024.json"), LUOHU_2024);
		assertSameScoringParts(SeedCase.SPEC_CASES.resolve("hku-szh-2021.json"), HKU_SZH_2021);
	}

	@Test
	void theSpecsCaseFilesScoreAsCasesMdSays() {
		ScoringSheet luohu = valid(SeedCase.of(SeedCase.read(SeedCase.SPEC_CASES.resolve("luohu-2024.json"))).assess());
		assertThat(luohu.total()).isEqualTo(dec("88.18"));
		ScoringSheet hku = valid(SeedCase.of(SeedCase.read(SeedCase.SPEC_CASES.resolve("hku-szh-2021.json"))).assess());
		assertThat(hku.total()).isEqualTo(dec("96.60"));
	}

	private static void assertSameScoringParts(Path file, String held) {
		JsonNode spec = SeedCase.read(file);
		JsonNode ours = SzCommon.JSON.readTree(held);
		for (String part : List.of("customIndicators", "weights", "indicators", "overrides")) {
			assertThat(ours.path(part)).as(file.getFileName() + " " + part).isEqualTo(spec.path(part));
		}
	}

}

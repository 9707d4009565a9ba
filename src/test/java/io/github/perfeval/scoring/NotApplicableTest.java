package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 不适用 as the framework says: FULL scores the leaf its weight; EXCLUDE leaves it out of
 * score and maximum and rescales the total to 100, exactly, rounded once. A leaf may be
 * marked only where the framework allows it, and with a reason.
 */
class NotApplicableTest {

	private static final Map<String, Object> NA = values("notApplicable", true, "notApplicableReason", "本年度无督办事项");

	@Test
	void fullGivesTheLeafItsWeight() {
		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.FULL, NA, "MOSTLY", "65.33");

		assertThat(assessment.violations()).isEmpty();
		ScoringSheet sheet = assessment.sheet();
		ScoringSheet.LeafScore leaf = sheet.leaf("1.1.2");
		assertThat(leaf.notApplicable()).isTrue();
		assertThat(leaf.notApplicableReason()).isEqualTo("本年度无督办事项");
		assertThat(leaf.finalScore()).isEqualTo(dec("3.00"));
		assertThat(leaf.lost()).isEqualTo(dec("0.00"));
		// 16 + 3 + 65.33
		assertThat(sheet.total()).isEqualTo(dec("84.33"));
		assertThat(sheet.rescale()).isNull();
		assertThat(sheet.group("1.1").score()).isEqualTo(dec("19.00"));
		assertThat(sheet.group("1.1").maximum()).isEqualByComparingTo("23");
		assertThat(sheet.grade()).isEqualTo("良");
	}

	@Test
	void excludeRemovesTheLeafFromScoreAndMaximumAndRescalesTheTotal() {
		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.EXCLUDE, NA, "MOSTLY", "65.33");

		assertThat(assessment.violations()).isEmpty();
		ScoringSheet sheet = assessment.sheet();
		ScoringSheet.LeafScore leaf = sheet.leaf("1.1.2");
		assertThat(leaf.notApplicable()).isTrue();
		assertThat(leaf.computed()).isNull();
		assertThat(leaf.finalScore()).isNull();
		assertThat(leaf.lost()).isNull();
		assertThat(sheet.missing()).isEmpty();
		// (16 + 65.33) × 100 ÷ 97 = 8133 ÷ 97 = 83.8453… → 83.85
		assertThat(sheet.rescale().scored()).isEqualTo(dec("81.33"));
		assertThat(sheet.rescale().maximum()).isEqualByComparingTo("97");
		assertThat(sheet.total()).isEqualTo(dec("83.85"));
		assertThat(sheet.group("1.1").score()).isEqualTo(dec("16.00"));
		assertThat(sheet.group("1.1").maximum()).isEqualByComparingTo("20");
		assertThat(sheet.group("1").maximum()).isEqualByComparingTo("97");
		assertThat(sheet.group("1.2").maximum()).isEqualByComparingTo("77");
		assertThat(sheet.grade()).isEqualTo("良");
	}

	@ParameterizedTest(name = "EXCLUDE: {0} and manual {1} → {2}")
	@CsvSource(textBlock = """
			DONE,     77,    100.00
			NOT_DONE, 0,     0.00
			DONE,     67.2,  89.90
			PARTLY,   77,    89.69
			MOSTLY,   71.3,  90.00
			MOSTLY,   71.29, 89.99
			""")
	void theRescaledTotalIsRoundedOnceAndGradedFromThere(String option, String manual, String total) {
		// 20 + 67.2 = 87.2 × 100 ÷ 97 = 89.8969… → 89.90; 10 + 77 = 87 → 89.6907…;
		// 16 + 71.3 = 87.3 → 90 exactly (8730 = 90 × 97); 87.29 → 89.9896… → 89.99.
		ScoringSheet sheet = assess(NotApplicablePolicy.EXCLUDE, NA, option, manual).sheet();
		BigDecimal expected = dec(total);
		assertThat(sheet.total()).isEqualTo(expected);
		assertThat(sheet.grade()).isEqualTo(sheet.total().compareTo(dec("90")) >= 0 ? "优"
				: sheet.total().compareTo(dec("80")) >= 0 ? "良" : sheet.total().compareTo(dec("60")) >= 0 ? "中" : "差");
	}

	@Test
	void aLeafTheFrameworkDoesNotAllowIsRefusedAndScoredAsUsual() {
		Map<String, Map<String, Object>> inputs = inputs(values("items", List.of(1, 1, 0)), "MOSTLY");
		inputs.put("1.2.1", values("score", dec("60"), "notApplicable", true, "notApplicableReason", "无"));

		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.EXCLUDE, inputs, Map.of());

		assertThat(assessment.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("1.2.1", "notApplicable", "notApplicableNotAllowed"));
		assertThat(assessment.sheet().leaf("1.2.1").notApplicable()).isFalse();
		assertThat(assessment.sheet().leaf("1.2.1").finalScore()).isEqualTo(dec("60.00"));
		assertThat(assessment.sheet().total()).isEqualTo(dec("78.00"));
	}

	@Test
	void aMarkWithoutAReasonLeavesTheLeafUnscored() {
		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.FULL,
				values("notApplicable", true, "notApplicableReason", "  "), "MOSTLY", "65.33");

		assertThat(assessment.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("1.1.2", "notApplicableReason", "notApplicableReasonRequired"));
		assertThat(assessment.sheet().leaf("1.1.2").finalScore()).isNull();
		assertThat(assessment.sheet().missing())
			.extracting(ScoringSheet.MissingLeaf::code, ScoringSheet.MissingLeaf::fields)
			.containsExactly(tuple("1.1.2", List.of("notApplicableReason")));
		assertThat(assessment.sheet().grade()).isNull();
	}

	@Test
	void aMarkThatIsNotABooleanIsRefused() {
		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.FULL,
				values("notApplicable", "是", "items", List.of(1, 1, 1)), "MOSTLY", "65.33");

		assertThat(assessment.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("notApplicable", "notBoolean"));
		assertThat(assessment.sheet().leaf("1.1.2").finalScore()).isEqualTo(dec("3.00"));
		assertThat(assessment.sheet().leaf("1.1.2").notApplicable()).isFalse();
	}

	@Test
	void falseIsNotAMark() {
		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.EXCLUDE,
				values("notApplicable", false, "items", List.of(1, 0.5, 1)), "MOSTLY", "65.33");

		assertThat(assessment.violations()).isEmpty();
		assertThat(assessment.sheet().rescale()).isNull();
		assertThat(assessment.sheet().total()).isEqualTo(dec("83.83"));
	}

	@Test
	void anOverriddenLeafCannotAlsoBeNotApplicable() {
		ScoringEngine.Assessment assessment = assess(NotApplicablePolicy.EXCLUDE, inputs(NA, "MOSTLY"),
				Map.of("1.1.2", new ScoreOverride(dec("2"), "按公开报告")));

		assertThat(assessment.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("1.1.2", "overrides", "notApplicableOverridden"));
		assertThat(assessment.sheet().leaf("1.1.2").notApplicable()).isFalse();
		assertThat(assessment.sheet().leaf("1.1.2").finalScore()).isEqualTo(dec("2.00"));
	}

	@Test
	void everyLeafNotApplicableLeavesNothingToRescale() {
		Indicator leaf = Indicator
			.leaf("1.1.1", "唯一", IndicatorTree.TOTAL, null, null, Map.of(),
					List.of(new Manual("score", "得分", null, null)))
			.withNotApplicableAllowed(true);
		IndicatorTree tree = new IndicatorTree("T", 1, "T", null, null,
				List.of(Indicator.group("1", "一", List.of(Indicator.group("1.1", "一一", List.of(leaf))))),
				SzCommon.grades(), NotApplicablePolicy.EXCLUDE, null, List.of());

		ScoringEngine.Assessment assessment = ScoringEngine.assess(tree, Map.of("1.1.1", new LeafInputs(NA)), Map.of());

		assertThat(assessment.violations()).extracting(Violation::code).containsExactly("allNotApplicable");
		assertThat(assessment.sheet().total()).isEqualTo(dec("0.00"));
	}

	@Test
	void aTreeThatSaysNothingGivesFullPoints() {
		assertThat(tree(null).notApplicable()).isEqualTo(NotApplicablePolicy.FULL);
		assertThat(SzCommon.tree().notApplicable()).isEqualTo(NotApplicablePolicy.FULL);
		assertThat(SzCommon.tree().leaves()).noneMatch(Indicator::notApplicableAllowed);
	}

	private static ScoringEngine.Assessment assess(NotApplicablePolicy policy, Map<String, Object> special,
			String option, String manual) {
		Map<String, Map<String, Object>> inputs = inputs(special, option);
		inputs.put("1.2.1", values("score", dec(manual)));
		return assess(policy, inputs, Map.of());
	}

	private static Map<String, Map<String, Object>> inputs(Map<String, Object> special, String option) {
		Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
		inputs.put("1.1.1", values("completion", option));
		inputs.put("1.1.2", special);
		return inputs;
	}

	private static ScoringEngine.Assessment assess(NotApplicablePolicy policy, Map<String, Map<String, Object>> inputs,
			Map<String, ScoreOverride> overrides) {
		Map<String, LeafInputs> leafInputs = new LinkedHashMap<>();
		inputs.forEach((code, values) -> leafInputs.put(code, new LeafInputs(values)));
		return ScoringEngine.assess(tree(policy), leafInputs, overrides);
	}

	/**
	 * 1.1.1 coefficient (20), 1.1.2 checklist 1, 1, 1 that may be 不适用 (3), 1.2.1 manual
	 * (77).
	 */
	static IndicatorTree tree(NotApplicablePolicy policy) {
		Coefficient tasks = new Coefficient("completion", "完成情况", dec("20"), CoefficientRuleTest.TASKS.options());
		Indicator a = Indicator.leaf("1.1.1", "重点任务", dec("20"), null, null, Map.of(), List.of(tasks));
		Indicator b = Indicator
			.leaf("1.1.2", "专项督办", dec("3"), null, null, Map.of(),
					List.of(new Checklist("items", List.of(new Checklist.Item("一", dec("1")),
							new Checklist.Item("二", dec("1")), new Checklist.Item("三", dec("1"))))))
			.withNotApplicableAllowed(true);
		Indicator c = Indicator.leaf("1.2.1", "其他", dec("77"), null, null, Map.of(),
				List.of(new Manual("score", "得分", null, null)));
		return new IndicatorTree("T", 1, "T", null, null,
				List.of(Indicator.group("1", "一",
						List.of(Indicator.group("1.1", "一一", List.of(a, b)),
								Indicator.group("1.2", "一二", List.of(c))))),
				SzCommon.grades(), policy, null, List.of());
	}

}

package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 个性指标 and weights (FRAMEWORK.md §4): removal, addition, weights, and the total of 100.
 */
class CustomizationTest {

	static final Customization LUOHU = new Customization(
			List.of("3.3.1"), List.of(judgment("3.3.1", "提升医疗卫生基础设施水平"), judgment("3.3.2", "整合医疗卫生服务"),
					judgment("3.3.3", "推进大健康招商引资"), judgment("3.3.4", "提供优质医疗卫生健康资源"), judgment("3.3.5", "深化干部人才队伍建设")),
			Map.of());

	static Customization.CustomLeaf judgment(String code, String name) {
		return new Customization.CustomLeaf("3.3", code, name, dec("5"), "judgment");
	}

	private static List<Violation> violations(Customization customization) {
		return customization.applyTo(SzCommon.tree()).violations();
	}

	@Test
	void noneKeepsTheCommonTree() {
		Customization.Result result = Customization.NONE.applyTo(SzCommon.tree());
		assertThat(result.violations()).isEmpty();
		assertThat(result.tree().leaves()).isEqualTo(SzCommon.tree().leaves());
	}

	@Test
	void luohuReplacesTheEffectLeafWithFiveJudgmentLeavesAndKeeps100() {
		Customization.Result result = LUOHU.applyTo(SzCommon.tree());
		assertThat(result.violations()).isEmpty();
		IndicatorTree tree = result.tree();
		assertThat(tree.totalWeight()).isEqualByComparingTo("100");
		assertThat(tree.leaves()).hasSize(25);
		Indicator effect = tree.group("3.3").orElseThrow();
		assertThat(effect.weight()).isEqualByComparingTo("25");
		assertThat(effect.children()).extracting(Indicator::code, Indicator::name)
			.containsExactly(tuple("3.3.1", "提升医疗卫生基础设施水平"), tuple("3.3.2", "整合医疗卫生服务"), tuple("3.3.3", "推进大健康招商引资"),
					tuple("3.3.4", "提供优质医疗卫生健康资源"), tuple("3.3.5", "深化干部人才队伍建设"));
		Indicator first = effect.children().get(0);
		assertThat(first.weight()).isEqualByComparingTo("5");
		assertThat(first.rule()).containsExactly(new Judgment(SzCommon.levels()));
		assertThat(first.description()).isEqualTo(SzCommon.tree().judgmentDescription());
		assertThat(first.criteria()).isEqualTo(SzCommon.tree().judgmentCriteria());
		assertThat(tree.group("3").orElseThrow().weight()).isEqualByComparingTo("60");
		assertThat(tree.ancestorsOf("3.3.4")).extracting(Indicator::name).containsExactly("部门绩效", "效果性");
	}

	@ParameterizedTest(name = "5-point judgment leaf: {0} {1} valid = {2}")
	@CsvSource(textBlock = """
			SIGNIFICANT, 5,    true
			SIGNIFICANT, 4,    true
			SIGNIFICANT, 3.99, false
			CLEAR,       3.99, true
			CLEAR,       3,    true
			CLEAR,       4,    false
			CLEAR,       2.99, false
			GENERAL,     2.99, true
			GENERAL,     0,    true
			GENERAL,     3,    false
			""")
	void aFivePointJudgmentLeafHasItsBandsOnItsOwnWeight(String band, String score, boolean valid) {
		IndicatorTree tree = SzCommon.customized(LUOHU);
		SzCommon.Scored scored = SzCommon.score(tree, "3.3.3",
				SzCommon.values("band", band, "score", dec(score), "reason", "挖潜社会投资项目 8 个"));
		if (valid) {
			assertThat(scored.violations()).isEmpty();
			assertThat(scored.computed()).isEqualByComparingTo(score);
		}
		else {
			assertThat(scored.violations()).extracting(Violation::field, Violation::code)
				.containsExactly(tuple("score", "bandScore"));
			assertThat(scored.computed()).isNull();
		}
	}

	@Test
	void aManualLeafTakesAScoreUpToItsWeightAndAReason() {
		Customization manual = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", "3.3.1", "医疗服务", dec("25"), "manual")), Map.of());
		IndicatorTree tree = SzCommon.customized(manual);
		Indicator leaf = tree.leaf("3.3.1").orElseThrow();
		assertThat(leaf.rule()).singleElement().isInstanceOf(Manual.class);
		assertThat(leaf.inputs()).extracting(InputSpec::name, InputSpec::type)
			.containsExactly(tuple("score", InputType.SCORE), tuple("reason", InputType.TEXT));

		SzCommon.Scored scored = SzCommon.score(tree, "3.3.1", SzCommon.values("score", dec("18.5"), "reason", "依据"));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("18.50"));

		SzCommon.Scored full = SzCommon.score(tree, "3.3.1", SzCommon.values("score", 25, "reason", "依据"));
		assertThat(full.computed()).isEqualTo(dec("25.00"));

		SzCommon.Scored over = SzCommon.score(tree, "3.3.1", SzCommon.values("score", dec("25.01"), "reason", "依据"));
		assertThat(over.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("score", "scoreRange", List.of("25")));
		assertThat(over.computed()).isNull();

		SzCommon.Scored noReason = SzCommon.score(tree, "3.3.1", SzCommon.values("score", dec("10")));
		assertThat(noReason.computed()).isEqualTo(dec("10.00"));
		assertThat(noReason.assessment().sheet().missing()).filteredOn(missing -> missing.code().equals("3.3.1"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("reason"));
	}

	@Test
	void weightsThatDoNotAddUpTo100SayTheTotalAndTheDifference() {
		assertThat(violations(new Customization(null, null, Map.of("3.4.2", dec("3")))))
			.extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("weights", "weightsTotal", List.of("97", "-3")));
		assertThat(violations(new Customization(null, null, Map.of("3.4.2", dec("8.5")))))
			.extracting(Violation::code, Violation::args)
			.containsExactly(tuple("weightsTotal", List.of("102.5", "2.5")));
		assertThat(violations(new Customization(List.of("3.4.2"), null, null)))
			.extracting(Violation::code, Violation::args)
			.containsExactly(tuple("weightsTotal", List.of("94", "-6")));
	}

	@Test
	void weightsThatAddUpTo100AreAccepted() {
		Customization.Result result = new Customization(null, null, Map.of("3.4.2", dec("3"), "3.2.2", dec("11")))
			.applyTo(SzCommon.tree());
		assertThat(result.violations()).isEmpty();
		assertThat(result.tree().leaf("3.4.2").orElseThrow().weight()).isEqualByComparingTo("3");
		assertThat(result.tree().leaf("3.4.2").orElseThrow().referenceWeight()).isEqualByComparingTo("6");
		assertThat(result.tree().group("3.4").orElseThrow().weight()).isEqualByComparingTo("6");
		assertThat(result.tree().group("3.2").orElseThrow().weight()).isEqualByComparingTo("23");
	}

	@Test
	void removingAnUnknownCodeIsRejected() {
		assertThat(violations(new Customization(List.of("9.9.9"), null, null)))
			.extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("9.9.9", "customIndicators.remove", "unknownIndicator"));
	}

	@ParameterizedTest(name = "adding to group \"{0}\" is rejected")
	@CsvSource({ "3.9", "3", "3.3.1", "''" })
	void addingToAnUnknownOrNonSecondLevelGroupIsRejected(String group) {
		Customization custom = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf(group, "3.3.1", "成效", dec("25"), "judgment")), null);
		assertThat(violations(custom))
			.extracting(Violation::indicator, Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("3.3.1", "customIndicators.add.group", "unknownGroup", List.of(group)));
	}

	@ParameterizedTest(name = "custom rule \"{0}\" is rejected")
	@CsvSource({ "bands", "checklist", "ratio", "Judgment", "''" })
	void aCustomRuleOtherThanJudgmentOrManualIsRejected(String rule) {
		Customization custom = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", "3.3.1", "成效", dec("25"), rule)), null);
		assertThat(violations(custom))
			.extracting(Violation::indicator, Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("3.3.1", "customIndicators.add.rule", "customRule", List.of(rule)));
	}

	@Test
	void addingAnExistingCodeIsRejected() {
		Customization existing = new Customization(null,
				List.of(new Customization.CustomLeaf("3.4", "3.4.2", "满意度", dec("6"), "judgment")), null);
		assertThat(violations(existing)).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.4.2", "customIndicators.add.code", "duplicateCode"));

		Customization twice = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", "3.3.6", "甲", dec("20"), "judgment"),
						new Customization.CustomLeaf("3.3", "3.3.6", "乙", dec("5"), "judgment")),
				null);
		assertThat(violations(twice)).extracting(Violation::indicator, Violation::code)
			.containsExactly(tuple("3.3.6", "duplicateCode"));
	}

	@Test
	void aWeightForAnUnknownOrRemovedLeafOrOutOfRangeIsRejected() {
		assertThat(violations(new Customization(null, null, Map.of("9.9.9", dec("1")))))
			.extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("9.9.9", "weights", "unknownIndicator"));
		assertThat(violations(new Customization(List.of("3.4.2"), null, Map.of("3.4.2", dec("6")))))
			.extracting(Violation::indicator, Violation::code)
			.containsExactly(tuple("3.4.2", "unknownIndicator"));
		assertThat(violations(new Customization(null, null, Map.of("3.4.2", dec("0")))))
			.extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.4.2", "weights", "weightRange"));
		assertThat(violations(new Customization(null, null, Map.of("3.4.2", dec("100.01")))))
			.extracting(Violation::code)
			.containsExactly("weightRange");
	}

	@Test
	void aCustomLeafNeedsACodeANameAndAPositiveWeight() {
		Customization custom = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", " ", " ", BigDecimal.ZERO, "judgment")), null);
		assertThat(violations(custom)).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("customIndicators.add.code", "required"),
					tuple("customIndicators.add.name", "required"),
					tuple("customIndicators.add.weight", "weightRange"));
	}

	@Test
	void aCustomLeafsWeightCanBeSetByWeights() {
		Customization custom = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", "3.3.1", "甲", dec("20"), "judgment"),
						new Customization.CustomLeaf("3.3", "3.3.2", "乙", dec("5"), "manual")),
				Map.of("3.3.1", dec("15"), "3.3.2", dec("10")));
		Customization.Result result = custom.applyTo(SzCommon.tree());
		assertThat(result.violations()).isEmpty();
		assertThat(result.tree().leaves()).filteredOn(leaf -> leaf.code().startsWith("3.3."))
			.extracting(Indicator::code, Indicator::weight)
			.containsExactly(tuple("3.3.1", dec("15")), tuple("3.3.2", dec("10")));
		SzCommon.Scored manual = SzCommon.score(result.tree(), "3.3.2",
				SzCommon.values("score", dec("10"), "reason", "r"));
		assertThat(manual.violations()).isEmpty();
		assertThat(manual.computed()).isEqualTo(dec("10.00"));
	}

	@Test
	void aWeightWithMoreThanTwoDecimalsIsRejected() {
		assertThat(violations(new Customization(null, null, Map.of("2.1.1", dec("2.125"), "2.1.2", dec("2.875")))))
			.extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactlyInAnyOrder(tuple("2.1.1", "weights", "scoreDecimals"),
					tuple("2.1.2", "weights", "scoreDecimals"));
		assertThat(violations(new Customization(null, null, Map.of("2.1.1", dec("2.500"), "2.1.2", dec("2.50")))))
			.isEmpty();
		Customization custom = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", "3.3.1", "甲", dec("12.505"), "judgment"),
						new Customization.CustomLeaf("3.3", "3.3.2", "乙", dec("12.495"), "judgment")),
				null);
		assertThat(violations(custom)).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.3.1", "customIndicators.add.weight", "scoreDecimals"),
					tuple("3.3.2", "customIndicators.add.weight", "scoreDecimals"));
	}

	@ParameterizedTest(name = "a custom leaf may not take the group code {0}")
	@CsvSource({ "3.4", "3.3", "1" })
	void aCustomLeafMayNotTakeAGroupsCode(String code) {
		Customization custom = new Customization(List.of("3.3.1"),
				List.of(new Customization.CustomLeaf("3.3", code, "成效", dec("25"), "judgment")), null);
		assertThat(violations(custom)).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple(code, "customIndicators.add.code", "duplicateCode"));
	}

	@Test
	void groupSubtotalsFollowTheTreeNotTheCodePrefix() {
		Customization custom = new Customization(List.of("3.3.1", "3.4.2"),
				List.of(new Customization.CustomLeaf("3.3", "GX-1", "个性指标", dec("25"), "manual"),
						new Customization.CustomLeaf("3.4", "3.3.9", "满意度（个性）", dec("6"), "manual")),
				null);
		IndicatorTree tree = SzCommon.customized(custom);
		ScoringSheet sheet = ScoringEngine
			.assess(tree, Map.of("GX-1", new LeafInputs(SzCommon.values("score", 20, "reason", "r")), "3.3.9",
					new LeafInputs(SzCommon.values("score", dec("5.5"), "reason", "r"))), Map.of())
			.sheet();
		assertThat(sheet.leaf("GX-1")).extracting(ScoringSheet.LeafScore::level1, ScoringSheet.LeafScore::level2)
			.containsExactly("部门绩效", "效果性");
		assertThat(sheet.group("3.3").score()).isEqualTo(dec("20.00"));
		assertThat(sheet.group("3.4").score()).isEqualTo(dec("5.50"));
		assertThat(sheet.group("3").score()).isEqualTo(dec("25.50"));
		assertThat(sheet.total()).isEqualTo(dec("25.50"));
	}

	@Test
	void withinGroupsEachGroupKeepsItsFrameworkWeightAndSaysByHowMuchItIsOff() {
		// 2.1 资金管理 is 8: 2 + 3 + 3.
		Customization over = new Customization(null,
				List.of(new Customization.CustomLeaf("2.1", "2.1.4", "专项资金监管", dec("1"), "manual")), Map.of());
		assertThat(over.applyWithinGroups(SzCommon.tree(), null).violations())
			.extracting(Violation::indicator, Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("2.1", "weights", "groupWeightOver", List.of("2.1", "资金管理", "9", "8", "1")));
		Customization under = new Customization(null, null, Map.of("2.1.2", dec("2.5")));
		assertThat(under.applyWithinGroups(SzCommon.tree(), Set.of("2.1")).violations())
			.extracting(Violation::code, Violation::args)
			.containsExactly(tuple("groupWeightUnder", List.of("2.1", "资金管理", "7.5", "8", "0.5")));
		Customization within = new Customization(null,
				List.of(new Customization.CustomLeaf("2.1", "2.1.4", "专项资金监管", dec("0.5"), "manual")),
				Map.of("2.1.2", dec("2.5")));
		assertThat(within.applyWithinGroups(SzCommon.tree(), null).violations()).isEmpty();
		assertThat(LUOHU.applyWithinGroups(SzCommon.tree(), null).violations()).isEmpty();
	}

	@Test
	void withinGroupsLooksOnlyAtTheGroupsAskedFor() {
		// Weight moved from 3.3 to 3.2: the total is 100, the groups are off.
		Customization moved = new Customization(null, null, Map.of("3.2.2", dec("10"), "3.3.1", dec("23")));
		assertThat(moved.applyTo(SzCommon.tree()).violations()).isEmpty();
		assertThat(moved.applyWithinGroups(SzCommon.tree(), Set.of("3.4")).violations()).isEmpty();
		assertThat(moved.applyWithinGroups(SzCommon.tree(), null).violations()).extracting(Violation::code)
			.containsExactly("groupWeightOver", "groupWeightUnder");
	}

}

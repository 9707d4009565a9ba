package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 在编人数 is entered once, at 2.4.1 (财政供养人员控制率), and read by 2.4.2 (编外人员控制率) too: SZ-COMMON
 * says so in 2.4.2's inputs ({@code "sameAs": "2.4.1"}).
 */
class SharedInputTest {

	private static ScoringEngine.Assessment assess(IndicatorTree tree, Map<String, Map<String, Object>> leaves) {
		Map<String, LeafInputs> inputs = new java.util.LinkedHashMap<>();
		leaves.forEach((code, values) -> inputs.put(code, new LeafInputs(values)));
		return ScoringEngine.assess(tree, inputs, Map.of());
	}

	@Test
	void theFrameworkSaysWhichLeafHoldsTheInput() {
		Indicator sharing = SzCommon.leaf("2.4.2");
		assertThat(sharing.sharedFrom("staffOnPayroll")).contains("2.4.1");
		assertThat(sharing.sharedFrom("nonPayrollStaff")).isEmpty();
		assertThat(SzCommon.tree().holderOf(sharing, "staffOnPayroll")).map(Indicator::code).contains("2.4.1");
		assertThat(SzCommon.tree().holderOf(SzCommon.leaf("2.4.1"), "staffOnPayroll")).isEmpty();
		assertThat(sharing.unitOf("staffOnPayroll")).isEqualTo("人");
		assertThat(sharing.helpOf("nonPayrollStaff")).isEqualTo("本年度使用劳务派遣人员数量（含直接聘用的编外人员）");
		assertThat(sharing.labelOf("staffOnPayroll")).isEqualTo("在编人数（含工勤人员）");
	}

	@Test
	void aValueGivenOnlyAtTheHoldingLeafScoresBothLeaves() {
		ScoringEngine.Assessment assessment = assess(SzCommon.tree(),
				Map.of("2.4.1", values("staffOnPayroll", dec("95"), "authorizedStaff", dec("100")), "2.4.2",
						values("nonPayrollStaff", dec("5"))));
		assertThat(assessment.violations()).isEmpty();
		assertThat(assessment.sheet().leaf("2.4.1").computed()).isEqualByComparingTo("1");
		// 5 ÷ (95 + 5) = 5 %: 0.5.
		assertThat(assessment.sheet().leaf("2.4.2").computed()).isEqualByComparingTo("0.5");
		assertThat(assessment.sheet().missing()).extracting(ScoringSheet.MissingLeaf::code)
			.doesNotContain("2.4.1", "2.4.2");
	}

	@Test
	void theSameValueAtBothLeavesIsFine() {
		ScoringEngine.Assessment assessment = assess(SzCommon.tree(),
				Map.of("2.4.1", values("staffOnPayroll", dec("95"), "authorizedStaff", dec("100")), "2.4.2",
						values("nonPayrollStaff", dec("5"), "staffOnPayroll", dec("95.0"))));
		assertThat(assessment.violations()).isEmpty();
		assertThat(assessment.sheet().leaf("2.4.2").computed()).isEqualByComparingTo("0.5");
	}

	@Test
	void differentValuesAreAViolationNamingBothLeavesAndTheField() {
		ScoringEngine.Assessment assessment = assess(SzCommon.tree(),
				Map.of("2.4.1", values("staffOnPayroll", dec("95"), "authorizedStaff", dec("100")), "2.4.2",
						values("nonPayrollStaff", dec("5"), "staffOnPayroll", dec("40"))));
		assertThat(assessment.violations())
			.extracting(Violation::indicator, Violation::field, Violation::code, Violation::args)
			.containsExactly(
					tuple("2.4.2", "staffOnPayroll", "sharedInputDiffers", List.of("2.4.1", "财政供养人员控制率", "95", "40")));
		// The holding leaf's value is the one scored.
		assertThat(assessment.sheet().leaf("2.4.2").computed()).isEqualByComparingTo("0.5");
	}

	@Test
	void aValueGivenOnlyAtTheSharingLeafStillScoresIt() {
		ScoringEngine.Assessment assessment = assess(SzCommon.tree(),
				Map.of("2.4.2", values("nonPayrollStaff", dec("5"), "staffOnPayroll", dec("95"))));
		assertThat(assessment.violations()).isEmpty();
		assertThat(assessment.sheet().leaf("2.4.2").computed()).isEqualByComparingTo("0.5");
		assertThat(assessment.sheet().leaf("2.4.1").computed()).isNull();
	}

	@Test
	void whereTheHoldingLeafIsRemovedTheSharingLeafTakesItsOwnValue() {
		IndicatorTree tree = SzCommon
			.customized(new Customization(List.of("2.4.1"), List.of(), Map.of("2.4.2", new BigDecimal("2"))));
		Indicator sharing = tree.leaf("2.4.2").orElseThrow();
		assertThat(tree.holderOf(sharing, "staffOnPayroll")).isEmpty();
		ScoringEngine.Assessment assessment = assess(tree,
				Map.of("2.4.2", values("nonPayrollStaff", dec("5"), "staffOnPayroll", dec("45"))));
		// 5 ÷ 50 = 10 %: 0.5 of 1, on a weight of 2.
		assertThat(assessment.violations()).isEmpty();
		assertThat(assessment.sheet().leaf("2.4.2").computed()).isEqualByComparingTo("1");
	}

}

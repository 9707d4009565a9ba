package io.github.perfeval.scoring;

import java.math.BigDecimal;
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
 * coefficient: the evaluator picks 完成 1.0, 基本完成 0.8, 部分完成 0.5 or 未完成 0; the part scores
 * coefficient × points, exactly, scaled with the leaf's weight.
 */
class CoefficientRuleTest {

	static final Coefficient TASKS = new Coefficient("completion", "重点任务完成情况", dec("6"), List.of(
			new Coefficient.Option("DONE", "完成", dec("1.0")), new Coefficient.Option("MOSTLY", "基本完成", dec("0.8")),
			new Coefficient.Option("PARTLY", "部分完成", dec("0.5")), new Coefficient.Option("NOT_DONE", "未完成", dec("0"))));

	@ParameterizedTest(name = "reference 6, weight {0}: {1} → {2}")
	@CsvSource(textBlock = """
			6,    DONE,     6.00
			6,    MOSTLY,   4.80
			6,    PARTLY,   3.00
			6,    NOT_DONE, 0.00
			8,    MOSTLY,   6.40
			8,    PARTLY,   4.00
			1,    MOSTLY,   0.80
			3.33, PARTLY,   1.67
			3.33, MOSTLY,   2.66
			0.01, PARTLY,   0.01
			0.01, MOSTLY,   0.01
			""")
	void coefficientTimesPointsScaledWithTheWeight(String weight, String option, String expected) {
		// 3.33 × 0.5 = 1.665 exactly: half-up to 1.67; 0.01 × 0.5 = 0.005 → 0.01.
		SzCommon.Scored scored = SzCommon.score(tree(dec(weight)), "1.1.1", values("completion", option));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void anUnknownOptionIsRejectedWithTheLabels() {
		SzCommon.Scored scored = SzCommon.score(tree(dec("6")), "1.1.1", values("completion", "完成"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("completion", "unknownOption", List.of("“完成”、“基本完成”、“部分完成”、“未完成”")));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void withoutAChoiceTheLeafIsMissingIt() {
		SzCommon.Scored scored = SzCommon.score(tree(dec("6")), "1.1.1", values());
		assertThat(scored.computed()).isNull();
		assertThat(scored.assessment().sheet().missing()).extracting(ScoringSheet.MissingLeaf::fields)
			.contains(List.of("completion"));
	}

	@Test
	void itIsReadFromTheFrameworkJson() throws Exception {
		Component component = SzCommon.JSON.readValue("""
				{"kind": "coefficient", "input": "completion", "label": "完成情况", "points": 6,
				 "options": [{"value": "DONE", "label": "完成", "coefficient": 1},
				             {"value": "MOSTLY", "label": "基本完成", "coefficient": 0.8}]}
				""", Component.class);
		assertThat(component).isInstanceOf(Coefficient.class);
		assertThat(((Coefficient) component).options()).extracting(Coefficient.Option::coefficient)
			.containsExactly(dec("1"), dec("0.8"));
		assertThat(component.maxPoints(dec("6"))).isEqualTo(dec("6"));
	}

	/** One leaf of reference weight 6 at the given weight, the rest of 100 elsewhere. */
	static IndicatorTree tree(BigDecimal weight) {
		Indicator leaf = Indicator.leaf("1.1.1", "重点任务完成情况", dec("6"), null, null, Map.of(), List.of(TASKS))
			.withWeight(weight);
		Indicator rest = Indicator.leaf("1.1.2", "其他", IndicatorTree.TOTAL.subtract(weight), null, null, Map.of(),
				List.of(new Manual("score", "得分", null, null)));
		return new IndicatorTree("T", 1, "T", null, null,
				List.of(Indicator.group("1", "一", List.of(Indicator.group("1.1", "一一", List.of(leaf, rest))))),
				SzCommon.grades(), null, null, List.of());
	}

}

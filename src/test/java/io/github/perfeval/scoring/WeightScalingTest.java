package io.github.perfeval.scoring;

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
 * §2: where a leaf's weight differs from its reference weight every component scales by
 * weight ÷ reference weight, except judgment and manual scores, entered on the leaf's own
 * weight.
 */
class WeightScalingTest {

	/** 3.4.2: 6 → 3; 3.2.2: 8 → 11 (the total stays 100). */
	private static final IndicatorTree HALVED_SATISFACTION = SzCommon
		.customized(new Customization(null, null, Map.of("3.4.2", dec("3"), "3.2.2", dec("11"))));

	/** 2.1.1: 2 → 4; 3.3.1: 25 → 23. */
	private static final IndicatorTree DOUBLED_PROCUREMENT = SzCommon
		.customized(new Customization(null, null, Map.of("2.1.1", dec("4"), "3.3.1", dec("23"))));

	@ParameterizedTest(name = "3.4.2 at weight 3: satisfaction {0} % → {1}")
	@CsvSource(textBlock = """
			95,    3.00
			94.99, 2.00
			90,    2.00
			89.99, 1.00
			79.99, 0.50
			""")
	void bandsScaleWithTheWeight(String percent, String expected) {
		SzCommon.Scored scored = SzCommon.score(HALVED_SATISFACTION, "3.4.2",
				values("satisfactionPercent", dec(percent)));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "3.2.2 at weight 11: {0} unfinished → {1}")
	@CsvSource({ "0, 11.00", "1, 5.50", "2, 0.00", "3, 0.00" })
	void deductionsScaleWithTheWeight(int unfinished, String expected) {
		SzCommon.Scored scored = SzCommon.score(HALVED_SATISFACTION, "3.2.2", values("unfinishedKeyTasks", unfinished));
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "2.1.1 at weight 4: planned {0}, actual {1}, policy {2} → {3}")
	@CsvSource(textBlock = """
			100, 100, 2,    4.00
			100, 100, 1,    3.00
			100, 50,  2,    3.00
			100, 50,  0,    1.00
			100, 101, 2,    2.00
			0,   0,   0.5,  2.50
			8,   1,   0,    0.25
			""")
	void theRatioScalesButThePolicyScoreIsEnteredOnTheLeafsWeight(String planned, String actual, String policy,
			String expected) {
		SzCommon.Scored scored = SzCommon.score(DOUBLED_PROCUREMENT, "2.1.1",
				values("plannedAmount", dec(planned), "actualAmount", dec(actual), "policyScore", dec(policy)));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void thePolicyScoresRangeScalesWithTheWeight() {
		SzCommon.Scored scored = SzCommon.score(DOUBLED_PROCUREMENT, "2.1.1",
				values("plannedAmount", dec("100"), "actualAmount", dec("100"), "policyScore", dec("2.01")));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("policyScore", "scoreRange", List.of("2")));
		assertThat(scored.computed()).isNull();
	}

	@ParameterizedTest(name = "3.3.1 at weight 23: {0} {1} valid = {2}")
	@CsvSource(textBlock = """
			SIGNIFICANT, 23,    true
			SIGNIFICANT, 18.4,  true
			SIGNIFICANT, 18.39, false
			CLEAR,       18.39, true
			CLEAR,       13.8,  true
			CLEAR,       13.79, false
			GENERAL,     13.79, true
			GENERAL,     13.8,  false
			""")
	void judgmentIsNotScaledItsBandsFollowTheLeafsWeight(String band, String score, boolean valid) {
		SzCommon.Scored scored = SzCommon.score(DOUBLED_PROCUREMENT, "3.3.1",
				values("band", band, "score", dec(score), "reason", "成效"));
		if (valid) {
			assertThat(scored.violations()).isEmpty();
			assertThat(scored.computed()).isEqualByComparingTo(score);
		}
		else {
			assertThat(scored.violations()).extracting(Violation::code).containsExactly("bandScore");
		}
	}

	@Test
	void judgmentAboveTheNewWeightIsRejected() {
		SzCommon.Scored scored = SzCommon.score(DOUBLED_PROCUREMENT, "3.3.1",
				values("band", "SIGNIFICANT", "score", dec("25"), "reason", "成效"));
		assertThat(scored.violations()).extracting(Violation::code, Violation::args)
			.containsExactly(tuple("scoreRange", List.of("23")));
	}

	@Test
	void checklistsAndSchedulesScaleItemsStayOnTheirReferencePoints() {
		IndicatorTree tree = SzCommon.customized(
				new Customization(null, null, Map.of("1.1.1", dec("10"), "3.2.1", dec("3"), "3.3.1", dec("23"))));
		assertThat(SzCommon.score(tree, "1.1.1", values("items", SzCommon.items("1,1,1,1,0.5"))).computed())
			.isEqualTo(dec("9.00"));
		assertThat(SzCommon.score(tree, "1.1.1", values("items", SzCommon.items("2,1,1,1,1"))).violations())
			.extracting(Violation::code)
			.containsExactly("itemRange");
		assertThat(SzCommon
			.score(tree, "3.2.1",
					values("q1", dec("44.72"), "q2", dec("58.18"), "q3", dec("88.53"), "q4", dec("87.62")))
			.computed()).isEqualTo(dec("2.91"));
	}

	@Test
	void aWeightBelowTheReferenceScalesTheManualRangeDown() {
		IndicatorTree tree = SzCommon
			.customized(new Customization(null, null, Map.of("2.1.1", dec("1.5"), "3.3.1", dec("25.5"))));
		assertThat(SzCommon
			.score(tree, "2.1.1",
					values("plannedAmount", dec("100"), "actualAmount", dec("100"), "policyScore", dec("0.75")))
			.computed()).isEqualTo(dec("1.50"));
		assertThat(SzCommon
			.score(tree, "2.1.1",
					values("plannedAmount", dec("100"), "actualAmount", dec("100"), "policyScore", dec("0.76")))
			.violations()).extracting(Violation::code, Violation::args)
			.containsExactly(tuple("scoreRange", List.of("0.75")));
	}

}

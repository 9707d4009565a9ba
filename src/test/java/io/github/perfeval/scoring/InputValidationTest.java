package io.github.perfeval.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** §3: every input is validated, with a message naming the indicator and the field. */
class InputValidationTest {

	@Test
	void anUnknownLeafCodeIsRejected() {
		ScoringEngine.Assessment assessment = ScoringEngine.assess(SzCommon.tree(),
				Map.of("9.9.9", new LeafInputs(values("items", List.of(1))), "3.3", new LeafInputs(values("x", 1))),
				Map.of());
		assertThat(assessment.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactlyInAnyOrder(tuple("9.9.9", null, "unknownIndicator"),
					tuple("3.3", null, "unknownIndicator"));
		assertThat(assessment.valid()).isFalse();
	}

	@Test
	void anUnknownKeyInALeafIsRejected() {
		SzCommon.Scored scored = score("3.4.2", "satisfactionPercent", dec("95"), "satisfaction", dec("95"));
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.4.2", "satisfaction", "unknownField"));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void anotherLeafsInputIsAnUnknownKey() {
		SzCommon.Scored scored = score("2.4.1", "staffOnPayroll", 10, "authorizedStaff", 10, "nonPayrollStaff", 1);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("nonPayrollStaff", "unknownField"));
	}

	@Test
	void aNegativeAmountIsRejected() {
		SzCommon.Scored scored = score("2.3.2", "assetsInUse", dec("-1"), "assetsTotal", dec("100"));
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("2.3.2", "assetsInUse", "negative"));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void anAmountThatIsNotANumberIsRejected() {
		SzCommon.Scored scored = score("2.3.2", "assetsInUse", "408330.03", "assetsTotal", dec("100"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("assetsInUse", "notNumber"));
	}

	@Test
	void commentAndEvidenceAreAcceptedOnAnyLeaf() {
		SzCommon.Scored scored = score("3.4.2", "satisfactionPercent", dec("95.1"), "comment", "患者满意度 95.1%",
				"evidence", List.of("满意度调查报告.pdf"));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("6.00"));
		SzCommon.Scored judgment = score("3.3.1", "band", "CLEAR", "score", 18, "reason", "r", "comment", "c",
				"evidence", List.of());
		assertThat(judgment.violations()).isEmpty();
		assertThat(judgment.computed()).isEqualTo(dec("18.00"));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		ScoringEngine.Assessment assessment = ScoringEngine.assess(SzCommon.tree(),
				Map.of("2.3.2", new LeafInputs(values("assetsInUse", dec("-1"), "assetsTotal", dec("100"))), "3.4.2",
						new LeafInputs(values("satisfactionPercent", dec("1000.01"))), "1.1.2",
						new LeafInputs(values("nonconformities", dec("0.5")))),
				Map.of("3.2.1", new ScoreOverride(dec("7"), "")));
		assertThat(assessment.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactlyInAnyOrder(tuple("2.3.2", "assetsInUse", "negative"),
					tuple("3.4.2", "satisfactionPercent", "percentRange"),
					tuple("1.1.2", "nonconformities", "notCount"), tuple("3.2.1", "override.score", "scoreRange"),
					tuple("3.2.1", "override.reason", "reasonRequired"));
	}

	@Test
	void aNullValueCountsAsMissing() {
		SzCommon.Scored scored = SzCommon.score(SzCommon.tree(), "3.4.2", values("satisfactionPercent", null));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isNull();
		assertThat(scored.assessment().sheet().missing()).filteredOn(leaf -> leaf.code().equals("3.4.2"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("satisfactionPercent"));
	}

}

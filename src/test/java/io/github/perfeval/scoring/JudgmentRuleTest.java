package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** judgment band 3.3.1 (weight 25): 显著 [20, 25], 明显 [15, 20), 一般 [0, 15). */
class JudgmentRuleTest {

	@ParameterizedTest(name = "3.3.1 {0} {1} is valid")
	@CsvSource(textBlock = """
			SIGNIFICANT, 25,    25.00
			SIGNIFICANT, 22.5,  22.50
			SIGNIFICANT, 20,    20.00
			CLEAR,       19.99, 19.99
			CLEAR,       15,    15.00
			GENERAL,     14.99, 14.99
			GENERAL,     7,     7.00
			GENERAL,     0,     0.00
			""")
	void aScoreInsideItsBandIsTheLeafScore(String band, String score, String expected) {
		SzCommon.Scored scored = score("3.3.1", "band", band, "score", dec(score), "reason", "成效");
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "3.3.1 {0} {1} is outside [{2}, {3}]")
	@CsvSource(textBlock = """
			SIGNIFICANT, 19.99, 20, 25
			SIGNIFICANT, 0,     20, 25
			CLEAR,       20,    15, 20
			CLEAR,       14.99, 15, 20
			CLEAR,       25,    15, 20
			GENERAL,     15,    0,  15
			GENERAL,     25,    0,  15
			""")
	void aScoreOutsideItsBandIsRejected(String band, String score, BigDecimal low, BigDecimal high) {
		SzCommon.Scored scored = score("3.3.1", "band", band, "score", dec(score), "reason", "成效");
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.3.1", "score", "bandScore"));
		List<Object> args = scored.violations().get(0).args();
		assertThat(args.get(0)).isEqualTo(
				SzCommon.levels().stream().filter(level -> level.code().equals(band)).findFirst().orElseThrow().name());
		assertThat((BigDecimal) args.get(1)).isEqualByComparingTo(low);
		assertThat((BigDecimal) args.get(2)).isEqualByComparingTo(high);
		assertThat(scored.computed()).isNull();
	}

	@ParameterizedTest(name = "3.3.1 score {0} is outside [0, 25]")
	@CsvSource({ "25.01", "-1" })
	void aScoreOutsideTheWeightIsAScoreRangeViolation(String score) {
		SzCommon.Scored scored = score("3.3.1", "band", "SIGNIFICANT", "score", dec(score), "reason", "成效");
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("score", "scoreRange", List.of("25")));
	}

	@Test
	void aScoreWithThreeDecimalsIsRejected() {
		SzCommon.Scored scored = score("3.3.1", "band", "SIGNIFICANT", "score", dec("20.005"), "reason", "成效");
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("score", "scoreDecimals"));
	}

	@Test
	void withoutAReasonTheLeafIsScoredButListedAsMissingTheReason() {
		SzCommon.Scored scored = score("3.3.1", "band", "SIGNIFICANT", "score", dec("22"));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("22.00"));
		ScoringSheet sheet = scored.assessment().sheet();
		assertThat(sheet.leaf("3.3.1").finalScore()).isEqualTo(dec("22.00"));
		assertThat(sheet.missing()).filteredOn(leaf -> leaf.code().equals("3.3.1"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("reason"));
		assertThat(sheet.grade()).isNull();
	}

	@Test
	void aBlankReasonCountsAsMissing() {
		SzCommon.Scored scored = score("3.3.1", "band", "CLEAR", "score", dec("16"), "reason", "  ");
		assertThat(scored.computed()).isEqualTo(dec("16.00"));
		assertThat(scored.assessment().sheet().missing()).filteredOn(leaf -> leaf.code().equals("3.3.1"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("reason"));
	}

	@ParameterizedTest(name = "3.3.1 band \"{0}\" is unknown")
	@CsvSource({ "EXCELLENT", "significant", "显著" })
	void anUnknownBandIsRejected(String band) {
		SzCommon.Scored scored = score("3.3.1", "band", band, "score", dec("22"), "reason", "成效");
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("band", "unknownBand", List.of("显著、明显、一般")));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void aReasonThatIsNotTextIsRejected() {
		SzCommon.Scored scored = score("3.3.1", "band", "SIGNIFICANT", "score", dec("22"), "reason", 5);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("reason", "notText"));
	}

}

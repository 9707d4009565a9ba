package io.github.perfeval.scoring;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** schedule 3.2.1: min(1, q ÷ 25/50/75/100) per quarter, plus 2 × their average. */
class ScheduleRuleTest {

	@ParameterizedTest(name = "3.2.1 q1..q4 {0}, {1}, {2}, {3} → {4}")
	@CsvSource(textBlock = """
			44.72, 58.18, 88.53, 87.62, 5.81
			25,    50,    75,    100,   6.00
			60,    50,    75,    100,   6.00
			100,   100,   100,   100,   6.00
			1000,  1000,  1000,  1000,  6.00
			20,    50,    75,    100,   5.70
			25,    50,    75,    97.5,  5.96
			25,    50,    75,    87,    5.81
			25,    50,    75,    0,     4.50
			60,    70,    90,    0,     4.50
			12.5,  25,    37.5,  50,    3.00
			10,    20,    30,    40,    2.40
			0,     0,     0,     100,   1.50
			0,     0,     0,     0,     0.00
			""")
	void budgetExecution(String q1, String q2, String q3, String q4, String expected) {
		SzCommon.Scored scored = score("3.2.1", "q1", dec(q1), "q2", dec(q2), "q3", dec(q3), "q4", dec(q4));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "3.2.1 {0} = {1} is out of 0–1000")
	@CsvSource({ "q1, 1000.01", "q2, 1500", "q3, -0.01", "q4, -100" })
	void aQuarterOutOfRangeIsRejected(String quarter, String value) {
		Map<String, Object> values = SzCommon.values("q1", dec("25"), "q2", dec("50"), "q3", dec("75"), "q4",
				dec("100"));
		values.put(quarter, dec(value));
		SzCommon.Scored scored = score(SzCommon.tree(), "3.2.1", values);
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("3.2.1", quarter, "percentRange"));
		assertThat(scored.computed()).isNull();
	}

}

package io.github.perfeval.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ratio: 2.1.1 (over means zero, planned 0 and actual 0 gives 1, plus policyScore) and
 * 3.2.3 (× 6).
 */
class RatioRuleTest {

	@ParameterizedTest(name = "2.1.1 planned {0}, actual {1}, policy {2} → {3}")
	@CsvSource(textBlock = """
			13966.91, 3418.63, 0.25, 0.49
			7970,     7171,    1,    1.90
			100,      100,     0,    1.00
			100,      100,     1,    2.00
			100,      99.99,   0,    1.00
			100,      50,      0.5,  1.00
			100,      0,       0,    0.00
			100,      100.01,  0,    0.00
			100,      100.01,  1,    1.00
			100,      100.01,  0.5,  0.50
			0,        0,       0,    1.00
			0,        0,       0.3,  1.30
			0,        0,       1,    2.00
			0,        5,       1,    1.00
			0,        0.01,    0,    0.00
			8,        1,       0,    0.13
			""")
	void governmentProcurement(String planned, String actual, String policy, String expected) {
		SzCommon.Scored scored = score("2.1.1", "plannedAmount", dec(planned), "actualAmount", dec(actual),
				"policyScore", dec(policy));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "2.1.1 policyScore {0} is out of [0, 1]")
	@CsvSource({ "1.01", "2", "-0.01" })
	void policyScoreAboveItsPointsIsRejected(String policy) {
		SzCommon.Scored scored = score("2.1.1", "plannedAmount", dec("100"), "actualAmount", dec("50"), "policyScore",
				dec(policy));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("policyScore", "scoreRange", List.of("1")));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void policyScoreWithMoreThanTwoDecimalsIsRejected() {
		SzCommon.Scored scored = score("2.1.1", "plannedAmount", dec("100"), "actualAmount", dec("50"), "policyScore",
				dec("0.255"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("policyScore", "scoreDecimals"));
	}

	@Test
	void aNegativeAmountIsRejected() {
		SzCommon.Scored scored = score("2.1.1", "plannedAmount", dec("-0.01"), "actualAmount", dec("0"), "policyScore",
				dec("1"));
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("2.1.1", "plannedAmount", "negative"));
		assertThat(scored.computed()).isNull();
	}

	@ParameterizedTest(name = "3.2.3 {1} of {0} projects on time → {2}")
	@CsvSource(textBlock = """
			177, 144, 4.88
			177, 147, 4.98
			177, 177, 6.00
			177, 176, 5.97
			177, 0,   0.00
			0,   0,   6.00
			7,   6,   5.14
			16,  3,   1.13
			3,   1,   2.00
			""")
	void projectTimeliness(int planned, int onTime, String expected) {
		SzCommon.Scored scored = score("3.2.3", "plannedProjects", planned, "projectsOnTime", onTime);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "3.2.3 {1} on time of {0} planned exceeds the denominator")
	@CsvSource({ "177, 178", "0, 1" })
	void moreProjectsOnTimeThanPlannedIsRejected(int planned, int onTime) {
		SzCommon.Scored scored = score("3.2.3", "plannedProjects", planned, "projectsOnTime", onTime);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("projectsOnTime", "exceedsDenominator", List.of("计划完成项目总数")));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void projectCountsMustBeIntegers() {
		SzCommon.Scored scored = score("3.2.3", "plannedProjects", dec("177.5"), "projectsOnTime", 144);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("plannedProjects", "notCount"));
	}

}

package io.github.perfeval.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** deduction: 1.1.2 5 − n, 1.2.1 3 − n, 3.2.2 8 − 4n, never below 0. */
class DeductionRuleTest {

	@ParameterizedTest(name = "{0} with {1} = {2} → {3}")
	@CsvSource(textBlock = """
			1.1.2, nonconformities,    0,       5.00
			1.1.2, nonconformities,    1,       4.00
			1.1.2, nonconformities,    4,       1.00
			1.1.2, nonconformities,    5,       0.00
			1.1.2, nonconformities,    6,       0.00
			1.1.2, nonconformities,    1000000, 0.00
			1.2.1, nonconformities,    0,       3.00
			1.2.1, nonconformities,    1,       2.00
			1.2.1, nonconformities,    2,       1.00
			1.2.1, nonconformities,    3,       0.00
			1.2.1, nonconformities,    4,       0.00
			1.2.1, nonconformities,    250,     0.00
			3.2.2, unfinishedKeyTasks, 0,       8.00
			3.2.2, unfinishedKeyTasks, 1,       4.00
			3.2.2, unfinishedKeyTasks, 2,       0.00
			3.2.2, unfinishedKeyTasks, 3,       0.00
			3.2.2, unfinishedKeyTasks, 99,      0.00
			""")
	void deductsPerCountNeverBelowZero(String code, String input, int count, String expected) {
		SzCommon.Scored scored = score(code, input, count);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void aCountWrittenWithAZeroFractionIsStillACount() {
		SzCommon.Scored scored = score("1.1.2", "nonconformities", dec("2.0"));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("3.00"));
	}

	@Test
	void aLongCountWorks() {
		assertThat(score("3.2.2", "unfinishedKeyTasks", 1L).computed()).isEqualTo(dec("4.00"));
	}

	@ParameterizedTest(name = "{0} with {1} = {2} is not a count")
	@CsvSource(textBlock = """
			1.1.2, nonconformities,    1.5
			1.1.2, nonconformities,    -1
			1.2.1, nonconformities,    0.01
			1.2.1, nonconformities,    -0.5
			3.2.2, unfinishedKeyTasks, 2.5
			3.2.2, unfinishedKeyTasks, -2
			""")
	void aNonIntegerOrNegativeCountIsRejected(String code, String input, String count) {
		SzCommon.Scored scored = score(code, input, dec(count));
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple(code, input, "notCount"));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void aCountThatIsNotANumberIsRejected() {
		assertThat(score("3.2.2", "unfinishedKeyTasks", "two").violations()).extracting(Violation::code)
			.containsExactly("notCount");
	}

}

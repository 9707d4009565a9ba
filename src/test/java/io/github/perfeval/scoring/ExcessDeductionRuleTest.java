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
 * 2.1.2: spendingCompliance (manual 1) + excess-deduction on adjusted ÷ budgetTotal
 * (limit 10 %, 0.1 per point over, 1) + accountingCompliance (manual 1), vetoed to 0 by
 * {@code violation}.
 */
class ExcessDeductionRuleTest {

	@ParameterizedTest(name = "2.1.2 spending {0}, adjusted {2} of {1}, accounting {3}, veto {4} → {5}")
	@CsvSource(textBlock = """
			1,   527711.12, 43298.95, 1,   false, 3.00
			1,   248317,    0,        1,   false, 3.00
			1,   100,       10,       1,   false, 3.00
			1,   100,       10.01,    1,   false, 3.00
			1,   100,       10.5,     1,   false, 2.95
			1,   100,       12.34,    1,   false, 2.77
			1,   100,       15,       1,   false, 2.50
			1,   100,       19.99,    1,   false, 2.00
			1,   100,       20,       1,   false, 2.00
			1,   100,       25,       1,   false, 2.00
			1,   100,       150,      1,   false, 2.00
			0.5, 100,       0,        1,   false, 2.50
			0.5, 100,       10.05,    1,   false, 2.50
			1,   100,       0,        0.3, false, 2.30
			0,   100,       0,        0,   false, 1.00
			0,   100,       25,       0,   false, 0.00
			1,   100,       0,        1,   true,  0.00
			1,   100,       50,       0.5, true,  0.00
			""")
	void financialCompliance(String spending, String budgetTotal, String adjusted, String accounting, boolean veto,
			String expected) {
		SzCommon.Scored scored = score("2.1.2", "spendingCompliance", dec(spending), "budgetTotal", dec(budgetTotal),
				"adjustedAmount", dec(adjusted), "accountingCompliance", dec(accounting), "violation", veto);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void aBudgetTotalOfZeroIsRejected() {
		SzCommon.Scored scored = score("2.1.2", "spendingCompliance", dec("1"), "budgetTotal", dec("0"),
				"adjustedAmount", dec("0"), "accountingCompliance", dec("1"), "violation", false);
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("2.1.2", "budgetTotal", "zeroDenominator"));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void theVetoAloneScoresTheLeafZeroWhateverElse() {
		SzCommon.Scored scored = score("2.1.2", "violation", true);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("0.00"));
		assertThat(scored.assessment().sheet().missing()).extracting(ScoringSheet.MissingLeaf::code)
			.doesNotContain("2.1.2");
	}

	@Test
	void withoutTheVetoAnswerTheLeafIsIncomplete() {
		SzCommon.Scored scored = score("2.1.2", "spendingCompliance", dec("1"), "budgetTotal", dec("100"),
				"adjustedAmount", dec("0"), "accountingCompliance", dec("1"));
		assertThat(scored.computed()).isNull();
		assertThat(scored.assessment().sheet().missing()).filteredOn(leaf -> leaf.code().equals("2.1.2"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("violation"));
	}

	@Test
	void manualPartsAboveOneAndANonBooleanVetoAreRejected() {
		SzCommon.Scored scored = score("2.1.2", "spendingCompliance", dec("1.5"), "budgetTotal", dec("100"),
				"adjustedAmount", dec("-1"), "accountingCompliance", dec("1.01"), "violation", "no");
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactlyInAnyOrder(tuple("spendingCompliance", "scoreRange"), tuple("adjustedAmount", "negative"),
					tuple("accountingCompliance", "scoreRange"), tuple("violation", "notBoolean"));
		assertThat(scored.computed()).isNull();
	}

}

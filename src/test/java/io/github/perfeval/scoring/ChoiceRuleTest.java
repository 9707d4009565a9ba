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
 * choice: 2.1.3, FULL 1.5, PARTIAL 1, NONE 0, EXEMPT 1.5 for each of the two disclosures.
 */
class ChoiceRuleTest {

	@ParameterizedTest(name = "2.1.3 budget {0}, final accounts {1} → {2}")
	@CsvSource(textBlock = """
			FULL,    FULL,    3.00
			FULL,    PARTIAL, 2.50
			FULL,    NONE,    1.50
			FULL,    EXEMPT,  3.00
			PARTIAL, FULL,    2.50
			PARTIAL, PARTIAL, 2.00
			PARTIAL, NONE,    1.00
			PARTIAL, EXEMPT,  2.50
			NONE,    FULL,    1.50
			NONE,    PARTIAL, 1.00
			NONE,    NONE,    0.00
			NONE,    EXEMPT,  1.50
			EXEMPT,  FULL,    3.00
			EXEMPT,  PARTIAL, 2.50
			EXEMPT,  NONE,    1.50
			EXEMPT,  EXEMPT,  3.00
			""")
	void disclosure(String budget, String finalAccounts, String expected) {
		SzCommon.Scored scored = score("2.1.3", "budgetDisclosure", budget, "finalAccountsDisclosure", finalAccounts);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "2.1.3 budgetDisclosure \"{0}\" is not an option")
	@CsvSource({ "full", "YES", "'FULL '", "'PARTIAL,NONE'" })
	void anUnknownOptionIsRejected(String value) {
		SzCommon.Scored scored = score("2.1.3", "budgetDisclosure", value, "finalAccountsDisclosure", "FULL");
		assertThat(scored.violations()).extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("budgetDisclosure", "unknownOption",
					List.of("“按规定内容、时限、范围等各项要求进行公开”、“进行了公开，存在不符合时限、内容、范围等要求”、“没有进行公开”、“涉密部门（单位）按规定不需要公开”")));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void aNumberIsNotAnOption() {
		SzCommon.Scored scored = score("2.1.3", "budgetDisclosure", "FULL", "finalAccountsDisclosure", 1);
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("finalAccountsDisclosure", "unknownOption"));
	}

	@Test
	void oneDisclosureAloneLeavesTheLeafMissingTheOther() {
		SzCommon.Scored scored = score("2.1.3", "budgetDisclosure", "FULL");
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isNull();
		assertThat(scored.assessment().sheet().missing()).filteredOn(leaf -> leaf.code().equals("2.1.3"))
			.extracting(ScoringSheet.MissingLeaf::fields)
			.containsExactly(List.of("finalAccountsDisclosure"));
	}

}

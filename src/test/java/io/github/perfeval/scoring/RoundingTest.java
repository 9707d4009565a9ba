package io.github.perfeval.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * §2: a leaf is rounded half-up to 2 decimals; groups and the total add the rounded
 * leaves.
 */
class RoundingTest {

	@ParameterizedTest(name = "{0} exactly {1} rounds half-up to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2.1.1 | 0.125  | 0.13
			3.2.3 | 1.125  | 1.13
			3.2.1 | 5.805  | 5.81
			2.1.2 | 2.495  | 2.50
			3.2.1 | 5.8143 | 5.81
			3.2.3 | 5.1428…| 5.14
			""")
	void leavesRoundHalfUp(String code, String exact, String expected) {
		SzCommon.Scored scored = SzCommon.score(SzCommon.tree(), code, INPUTS.get(code + " " + exact));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	private static final Map<String, Map<String, Object>> INPUTS = Map.of("2.1.1 0.125",
			values("plannedAmount", 8, "actualAmount", 1, "policyScore", 0), "3.2.3 1.125",
			values("plannedProjects", 16, "projectsOnTime", 3), "3.2.1 5.805",
			values("q1", 25, "q2", 50, "q3", 75, "q4", 87), "2.1.2 2.495",
			values("spendingCompliance", dec("0.5"), "budgetTotal", 100, "adjustedAmount", dec("10.05"),
					"accountingCompliance", 1, "violation", false),
			"3.2.1 5.8143", values("q1", dec("44.72"), "q2", dec("58.18"), "q3", dec("88.53"), "q4", dec("87.62")),
			"3.2.3 5.1428…", values("plannedProjects", 7, "projectsOnTime", 6));

	@Test
	void groupsAndTheTotalAddTheRoundedLeafScores() {
		Map<String, LeafInputs> inputs = new LinkedHashMap<>();
		inputs.put("2.1.1", new LeafInputs(INPUTS.get("2.1.1 0.125")));
		inputs.put("2.1.2", new LeafInputs(INPUTS.get("2.1.2 2.495")));
		inputs.put("2.1.3", new LeafInputs(values("budgetDisclosure", "FULL", "finalAccountsDisclosure", "PARTIAL")));
		inputs.put("3.2.3", new LeafInputs(INPUTS.get("3.2.3 1.125")));
		ScoringSheet sheet = ScoringEngine.assess(SzCommon.tree(), inputs, Map.of()).sheet();
		// exact: 0.125 + 2.495 + 2.5 = 5.12; rounded leaves: 0.13 + 2.50 + 2.50 = 5.13
		assertThat(sheet.group("2.1").score()).isEqualTo(dec("5.13"));
		assertThat(sheet.group("2").score()).isEqualTo(dec("5.13"));
		assertThat(sheet.group("3.2").score()).isEqualTo(dec("1.13"));
		assertThat(sheet.group("1").score()).isEqualTo(dec("0.00"));
		// exact 6.245 would round to 6.25; the sum of rounded leaves is 6.26
		assertThat(sheet.total()).isEqualTo(dec("6.26"));
	}

}

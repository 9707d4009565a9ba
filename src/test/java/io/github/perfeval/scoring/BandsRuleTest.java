package io.github.perfeval.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * bands: 2.3.2, 2.4.1, 2.4.2, 3.1.1 (two parts) and 3.4.2 (a percent entered directly).
 */
class BandsRuleTest {

	@ParameterizedTest(name = "2.3.2 {0} in use of {1} → {2}")
	@CsvSource(textBlock = """
			100,       100,       1.00
			90,        100,       1.00
			9,         10,        1.00
			408330.03, 408330.03, 1.00
			89.99,     100,       0.70
			89999.99,  100000,    0.70
			75,        100,       0.70
			74.99,     100,       0.40
			60,        100,       0.40
			59.99,     100,       0.00
			0,         100,       0.00
			""")
	void fixedAssetUtilisation(String inUse, String total, String expected) {
		SzCommon.Scored scored = score("2.3.2", "assetsInUse", dec(inUse), "assetsTotal", dec(total));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void fixedAssetsTotalOfZeroIsRejected() {
		SzCommon.Scored scored = score("2.3.2", "assetsInUse", dec("0"), "assetsTotal", dec("0"));
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("2.3.2", "assetsTotal", "zeroDenominator"));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void moreAssetsInUseThanInTotalIsRejected() {
		SzCommon.Scored scored = score("2.3.2", "assetsInUse", dec("100.01"), "assetsTotal", dec("100"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("assetsInUse", "exceedsDenominator"));
	}

	@ParameterizedTest(name = "2.4.1 {0} on payroll of {1} authorised → {2}")
	@CsvSource(textBlock = """
			1194,  1626,  1.00
			100,   100,   1.00
			9999,  10000, 1.00
			0,     100,   1.00
			10001, 10000, 0.00
			101,   100,   0.00
			""")
	void staffControlRate(int onPayroll, int authorized, String expected) {
		SzCommon.Scored scored = score("2.4.1", "staffOnPayroll", onPayroll, "authorizedStaff", authorized);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void noAuthorisedStaffIsRejectedOnThatField() {
		SzCommon.Scored scored = score("2.4.1", "staffOnPayroll", 5, "authorizedStaff", 0);
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::field, Violation::code)
			.containsExactly(tuple("2.4.1", "authorizedStaff", "zeroDenominator"));
		assertThat(scored.computed()).isNull();
	}

	@ParameterizedTest(name = "2.4.2 {0} non-payroll beside {1} on payroll → {2}")
	@CsvSource(textBlock = """
			0,    100,  1.00
			1,    20,   1.00
			499,  9501, 1.00
			5,    95,   0.50
			501,  9499, 0.50
			10,   90,   0.50
			1001, 8999, 0.00
			4313, 1194, 0.00
			100,  0,    0.00
			""")
	void nonPayrollStaffRate(int nonPayroll, int onPayroll, String expected) {
		SzCommon.Scored scored = score("2.4.2", "nonPayrollStaff", nonPayroll, "staffOnPayroll", onPayroll);
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void noStaffAtAllIsRejected() {
		SzCommon.Scored scored = score("2.4.2", "nonPayrollStaff", 0, "staffOnPayroll", 0);
		assertThat(scored.violations()).extracting(Violation::indicator, Violation::code)
			.containsExactly(tuple("2.4.2", "zeroDenominator"));
		assertThat(scored.computed()).isNull();
	}

	@ParameterizedTest(name = "3.1.1 三公 {0}/{1}, 日常 {2}/{3} → {4}")
	@CsvSource(textBlock = """
			82.49, 69.05,  224115.17, 177962.44, 6.00
			100,   89.99,  100,       89.99,     6.00
			100,   90,     100,       89.99,     5.00
			100,   100,    100,       89.99,     5.00
			100,   100.01, 100,       89.99,     3.00
			100,   0,      100,       0,         6.00
			100,   89.99,  100,       90,        5.00
			100,   89.99,  100,       100,       5.00
			100,   89.99,  100,       100.01,    3.00
			100,   90,     100,       100,       4.00
			100,   100.01, 100,       100,       2.00
			100,   150,    100,       100.01,    0.00
			""")
	void publicExpenseControl(String threeBudget, String threeActual, String dailyBudget, String dailyActual,
			String expected) {
		SzCommon.Scored scored = score("3.1.1", "threePublicBudget", dec(threeBudget), "threePublicActual",
				dec(threeActual), "dailyPublicBudget", dec(dailyBudget), "dailyPublicActual", dec(dailyActual));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@Test
	void aPublicExpenseBudgetOfZeroIsRejectedOnThatField() {
		SzCommon.Scored scored = score("3.1.1", "threePublicBudget", dec("0"), "threePublicActual", dec("0"),
				"dailyPublicBudget", dec("100"), "dailyPublicActual", dec("90"));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("threePublicBudget", "zeroDenominator"));
		SzCommon.Scored daily = score("3.1.1", "threePublicBudget", dec("10"), "threePublicActual", dec("9"),
				"dailyPublicBudget", dec("0"), "dailyPublicActual", dec("90"));
		assertThat(daily.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("dailyPublicBudget", "zeroDenominator"));
	}

	@ParameterizedTest(name = "3.4.2 satisfaction {0} % → {1}")
	@CsvSource(textBlock = """
			100,   6.00
			95.1,  6.00
			95,    6.00
			1000,  6.00
			94.99, 4.00
			90,    4.00
			89.99, 2.00
			80,    2.00
			79.99, 1.00
			0,     1.00
			""")
	void satisfaction(String percent, String expected) {
		SzCommon.Scored scored = score("3.4.2", "satisfactionPercent", dec(percent));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec(expected));
	}

	@ParameterizedTest(name = "3.4.2 satisfaction {0} % is out of 0–1000")
	@CsvSource({ "1000.01", "-0.01", "-95" })
	void satisfactionOutOfRangeIsRejected(String percent) {
		SzCommon.Scored scored = score("3.4.2", "satisfactionPercent", dec(percent));
		assertThat(scored.violations()).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("satisfactionPercent", "percentRange"));
		assertThat(scored.computed()).isNull();
	}

	@Test
	void satisfactionThatIsNotANumberIsRejected() {
		assertThat(score("3.4.2", "satisfactionPercent", "95%").violations()).extracting(Violation::code)
			.containsExactly("notNumber");
	}

	@Test
	void aDoubleFromALenientParserIsReadAsTheDecimalItPrints() {
		assertThat(score("3.4.2", "satisfactionPercent", 94.99d).computed()).isEqualTo(dec("4.00"));
		assertThat(score("2.3.2", "assetsInUse", 89.99d, "assetsTotal", 100).computed()).isEqualTo(dec("0.70"));
	}

}

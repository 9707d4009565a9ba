package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every number has bounds, checked before any arithmetic: a huge exponent is refused at
 * once instead of being expanded (it used to overflow or hold a core for minutes).
 */
class NumberBoundsTest {

	@ParameterizedTest
	@CsvSource({ "AMOUNT, 999999999999.999999, ", "AMOUNT, 1000000000000, integerDigits",
			"AMOUNT, 1e999999999, integerDigits", "AMOUNT, 1e-999999999, fractionDigits",
			"AMOUNT, 0E-999999999, fractionDigits", "AMOUNT, 0E+999999999, integerDigits",
			"AMOUNT, 0.1234567, fractionDigits", "AMOUNT, 0.1234560, ", "AMOUNT, -1, negative", "PERCENT, 1000, ",
			"PERCENT, 1000.0001, percentRange", "PERCENT, 87.62345, fractionDigits", "COUNT, 999999999, ",
			"COUNT, 1000000000, integerDigits", "COUNT, 2.5, notCount", "COUNT, 3.00, ", "SCORE, 1.234, scoreDecimals",
			"GOAL_VALUE, -5.5, " })
	void boundsOfEachKind(NumberKind kind, String number, String code) {
		assertThat(kind.breach(new BigDecimal(number)).map(NumberKind.Breach::code).orElse(null)).isEqualTo(code);
	}

	@Test
	void aHugeExponentIsRefusedAtOnceInEveryInputType() {
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			SzCommon.Scored amount = score("2.1.1", "plannedAmount", new BigDecimal("1e999999999"), "actualAmount",
					dec("100"));
			assertThat(amount.violations()).extracting(Violation::field, Violation::code)
				.containsExactly(tuple("plannedAmount", "integerDigits"));
			assertThat(amount.computed()).isNull();
			SzCommon.Scored tiny = score("2.1.1", "plannedAmount", new BigDecimal("1e-100000000"), "actualAmount",
					dec("100"));
			assertThat(tiny.violations()).extracting(Violation::code).containsExactly("fractionDigits");
			SzCommon.Scored percent = score("3.4.2", "satisfactionPercent", new BigDecimal("1e10000000"));
			assertThat(percent.violations()).extracting(Violation::code).containsExactly("integerDigits");
		});
	}

	@Test
	void aHugeWeightOrOverrideIsRefusedWithoutArithmetic() {
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			Customization.Result result = new Customization(null, null, Map.of("1.1.1", new BigDecimal("1e-999999999")))
				.applyTo(SzCommon.tree());
			assertThat(result.violations()).extracting(Violation::field, Violation::code)
				.containsExactly(tuple("weights", "scoreDecimals"));
			ScoringEngine.Assessment assessment = ScoringEngine.assess(SzCommon.tree(), Map.of(),
					Map.of("1.1.1", new ScoreOverride(new BigDecimal("1e999999999"), "理由")));
			assertThat(assessment.violations()).extracting(Violation::field, Violation::code)
				.contains(tuple("override.score", "scoreRange"));
		});
	}

	@Test
	void aPercentageTypedAsAFractionAmongPercentagesGetsAHint() {
		Map<String, LeafInputs> inputs = Map.of("3.4.2", new LeafInputs(Map.of("satisfactionPercent", dec("0.95"))),
				"3.2.1", new LeafInputs(Map.of("q1", dec("20.5"), "q2", dec("45"), "q3", dec("70"), "q4", dec("98"))));
		ScoringEngine.Assessment assessment = ScoringEngine.assess(SzCommon.tree(), inputs, Map.of());
		assertThat(assessment.sheet().warnings()).filteredOn(notice -> notice.code().equals("percentFraction"))
			.extracting(Notice::indicator, notice -> notice.args().get(1), notice -> notice.args().get(2))
			.containsExactly(tuple("3.4.2", "0.95", "95"));
	}

}

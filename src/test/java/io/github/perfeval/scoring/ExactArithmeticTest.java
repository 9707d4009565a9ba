package io.github.perfeval.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.perfeval.scoring.SzCommon.dec;
import static io.github.perfeval.scoring.SzCommon.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * §2 "arithmetic is exact": the cases of issue 9 that 34-digit decimals got wrong, and
 * how a bound that is not a terminating decimal is shown.
 */
class ExactArithmeticTest {

	@Test
	void aScoreExactlyOnAHalfCentRoundsUp() {
		// 3.2.3 at weight 8 (reference 6), 25 of 64 on time: 8 × 25 ÷ 64 = 3.125 exactly.
		IndicatorTree tree = SzCommon
			.customized(new Customization(null, null, Map.of("3.2.3", dec("8"), "3.3.1", dec("23"))));
		SzCommon.Scored scored = SzCommon.score(tree, "3.2.3", values("plannedProjects", 64, "projectsOnTime", 25));
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("3.13"));
	}

	@Test
	void aTwoComponentLeafOnAThirdFactorRoundsOnceAtTheEnd() {
		// 3.1.1 at weight 11.87: 3 × 11.87 ÷ 6 = 5.935 exactly → 5.94.
		IndicatorTree tree = SzCommon
			.customized(new Customization(null, null, Map.of("3.1.1", dec("11.87"), "3.3.1", dec("19.13"))));
		SzCommon.Scored scored = SzCommon.score(tree, "3.1.1", values("threePublicBudget", 1, "threePublicActual", 2,
				"dailyPublicBudget", 33, "dailyPublicActual", 26));
		assertThat(scored.computed()).isEqualTo(dec("5.94"));
	}

	/**
	 * A leaf of reference weight 3 with a manual part of 0.3 points, weighted 1: the
	 * part's maximum is 0.3 × 1/3 = 0.1 exactly.
	 */
	private static IndicatorTree manualOfPoints(String points) {
		Indicator leaf = Indicator
			.leaf("1.1.1", "酌情", dec("3"), null, null, Map.of(), List.of(new Manual("part", "部分", dec(points), null),
					new Manual("rest", "其余", dec("3").subtract(dec(points)), null)))
			.withWeight(dec("1"));
		return new IndicatorTree("T", 1, "T", null, null,
				List.of(Indicator.group("1", "一", List.of(Indicator.group("1.1", "一一", List.of(leaf))))),
				SzCommon.grades(), null, null, List.of());
	}

	private static SzCommon.Scored scoreManual(IndicatorTree tree, String part) {
		return SzCommon.score(tree, "1.1.1", values("part", dec(part), "rest", dec("0")));
	}

	@Test
	void aManualMaximumOfATenthAcceptsATenthAndShowsIt() {
		IndicatorTree tree = manualOfPoints("0.3");
		InputSpec spec = tree.leaf("1.1.1").orElseThrow().inputs().get(0);
		assertThat(spec.max().toPlainString()).isEqualTo("0.1");
		assertThat(spec.exactMax()).isEqualTo(BigFraction.of(1, 10));
		SzCommon.Scored scored = scoreManual(tree, "0.1");
		assertThat(scored.violations()).isEmpty();
		assertThat(scored.computed()).isEqualTo(dec("0.10"));
		assertThat(scoreManual(tree, "0.11").violations())
			.extracting(Violation::field, Violation::code, Violation::args)
			.containsExactly(tuple("part", "scoreRange", List.of("0.1")));
	}

	@ParameterizedTest(name = "points {0} on a factor of 1/3: shown {1}, {2} accepted, {3} refused")
	@CsvSource({ "1, 0.33, 0.33, 0.34", "2, 0.66, 0.66, 0.67", "0.75, 0.25, 0.25, 0.26", "0.15, 0.05, 0.05, 0.06",
			"0.5, 0.16, 0.16, 0.17" })
	void aBoundThatDoesNotTerminateIsShownRoundedDownAndCheckedExactly(String points, String shown, String accepted,
			String refused) {
		IndicatorTree tree = manualOfPoints(points);
		InputSpec spec = tree.leaf("1.1.1").orElseThrow().inputs().get(0);
		assertThat(spec.max().toPlainString()).isEqualTo(shown);
		assertThat(scoreManual(tree, accepted).violations()).isEmpty();
		assertThat(scoreManual(tree, accepted).computed()).isEqualTo(dec(accepted));
		assertThat(scoreManual(tree, refused).violations()).extracting(Violation::code, Violation::args)
			.containsExactly(tuple("scoreRange", List.of(shown)));
	}

	@Test
	void theCommonFrameworksManualPartsAtWeightOneShowAThird() {
		// 2.1.2 at weight 1: each manual part's maximum is 1 × 1/3.
		IndicatorTree tree = SzCommon
			.customized(new Customization(null, null, Map.of("2.1.2", dec("1"), "3.3.1", dec("27"))));
		Map<String, Object> inputs = values("spendingCompliance", dec("0.33"), "budgetTotal", 100, "adjustedAmount", 0,
				"accountingCompliance", dec("0.33"), "violation", false);
		SzCommon.Scored scored = SzCommon.score(tree, "2.1.2", inputs);
		// 0.33 + 1/3 + 0.33 = 0.99333… → 0.99
		assertThat(scored.computed()).isEqualTo(dec("0.99"));
		inputs.put("spendingCompliance", dec("0.34"));
		assertThat(SzCommon.score(tree, "2.1.2", inputs).violations()).extracting(Violation::field, Violation::args)
			.containsExactly(tuple("spendingCompliance", List.of("0.33")));
	}

	@ParameterizedTest(name = "{0} is shown as {1}")
	@CsvSource({ "1/10, 0.1", "1/3, 0.33", "2/3, 0.66", "3/16, 0.1875", "0/1, 0", "25/1, 25", "200/3, 66.66" })
	void boundsAreShownExactlyWhenTheyTerminate(String fraction, String shown) {
		String[] parts = fraction.split("/");
		BigFraction bound = BigFraction.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		assertThat(Exact.shown(bound).toPlainString()).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0} as a fraction is {1}")
	@CsvSource({ "0.125, 1/8", "1E+2, 100", "87.62, 4381/50", "0.000000, 0", "-1.5, -3/2" })
	void decimalsBecomeFractionsExactly(String decimal, String fraction) {
		assertThat(Exact.of(dec(decimal)).toString().replace(" ", "")).isEqualTo(fraction);
	}

	@ParameterizedTest(name = "{0} rounds to {1}")
	@CsvSource({ "25/8, 3.13", "1/8, 0.13", "1/3, 0.33", "2/3, 0.67", "499/200, 2.50", "6249/1000, 6.25",
			"62449/10000, 6.24" })
	void aLeafRoundsHalfUpOnce(String fraction, String rounded) {
		String[] parts = fraction.split("/");
		BigFraction value = BigFraction.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		assertThat(Exact.rounded(value)).isEqualTo(dec(rounded));
	}

	@Test
	void noMathContextInTheScoringEngine() throws IOException {
		Path sources = Path.of("src/main/java/io/github/perfeval/scoring");
		assertThat(sources).isDirectory();
		try (Stream<Path> files = Files.walk(sources)) {
			List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> read(file).contains("MathContext"))
				.map(Path::toString)
				.toList();
			assertThat(offenders).as("BigDecimal arithmetic rounded to a MathContext").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A band's bound compared with a rate without making it a fraction: as exact. */
	@ParameterizedTest
	@CsvSource({ "1, 3, 0.33, 1", "1, 3, 0.34, -1", "200, 3, 66.67, -1", "200, 3, 66.66, 1", "1, 2, 0.50, 0",
			"-1, 2, -0.5, 0", "1, -2, -0.51, 1", "-7, -2, 3.5, 0", "300, 3, 1E+2, 0", "301, 3, 1E+2, 1", "0, 1, 0, 0" })
	void aRateComparesWithADecimalBoundExactly(long numerator, long denominator, String bound, int sign) {
		BigFraction rate = BigFraction.of(java.math.BigInteger.valueOf(numerator),
				java.math.BigInteger.valueOf(denominator));

		assertThat(Integer.signum(Exact.compare(rate, new BigDecimal(bound)))).isEqualTo(sign);
	}

}

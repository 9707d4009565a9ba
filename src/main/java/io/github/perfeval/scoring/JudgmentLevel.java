package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 成效档次 of a judgment rule (显著, 明显, 一般 in SZ-COMMON): its code in the evaluation
 * document ({@code "band": "SIGNIFICANT"}), its name as the pages show it, and its bounds
 * as percentages of the leaf's weight, each with its inclusivity. The framework states
 * them ({@code judgmentLevels}); a leaf's judgment rule may state its own.
 */
public record JudgmentLevel(String code, String name, BigDecimal min, boolean minInclusive, BigDecimal max,
		boolean maxInclusive) {

	/** The lowest score of the level on a weight (exact: a percentage of a decimal). */
	public BigDecimal low(BigDecimal weight) {
		return share(min, weight);
	}

	public BigDecimal high(BigDecimal weight) {
		return share(max, weight);
	}

	/** Compared exactly, each bound with its inclusivity. */
	public boolean admits(BigDecimal score, BigDecimal weight) {
		return new Band(low(weight), minInclusive, high(weight), maxInclusive, BigDecimal.ZERO).contains(score);
	}

	public static List<String> codes(List<JudgmentLevel> levels) {
		return levels.stream().map(JudgmentLevel::code).toList();
	}

	/** The names, as a violation lists them: 显著、明显、一般. */
	public static String names(List<JudgmentLevel> levels) {
		return String.join("、", levels.stream().map(JudgmentLevel::name).toList());
	}

	private static BigDecimal share(BigDecimal percent, BigDecimal weight) {
		return percent.multiply(weight).movePointLeft(2).stripTrailingZeros();
	}

}

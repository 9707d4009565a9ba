package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a framework's {@link ConsistencyCheck}s on an evaluation's leaf inputs and 表
 * 1-1 totals, exactly: each disagreement is a {@link Notice} (一致性提示) that states both
 * figures. A check whose figures are not all given, or whose leaf the evaluation does not
 * have, says nothing.
 */
public final class ConsistencyChecks {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ConsistencyChecks() {
	}

	/**
	 * The notices of the checks; {@code totals} holds the document totals by the names of
	 * {@link ConsistencyCheck#DOCUMENT_TOTALS} (null or absent where not given).
	 */
	public static List<Notice> notices(IndicatorTree tree, List<ConsistencyCheck> checks,
			Map<String, LeafInputs> inputs, Map<String, BigDecimal> totals) {
		List<Notice> notices = new ArrayList<>();
		for (ConsistencyCheck check : checks) {
			Optional<Indicator> leaf = tree.leaf(String.valueOf(check.indicator()));
			if (leaf.isEmpty()) {
				continue;
			}
			BigDecimal value = value(tree, leaf.get(), check.input(), inputs);
			if (value == null) {
				continue;
			}
			String label = label(leaf.get(), check.input());
			switch (String.valueOf(check.kind())) {
				case ConsistencyCheck.TOTAL -> total(notices, check, leaf.get(), label, value, totals);
				case ConsistencyCheck.RATIO -> ratio(notices, check, leaf.get(), label, value, totals);
				case ConsistencyCheck.SAME -> same(notices, check, tree, leaf.get(), label, value, inputs);
				default -> {
				}
			}
		}
		return notices;
	}

	private static void total(List<Notice> notices, ConsistencyCheck check, Indicator leaf, String label,
			BigDecimal value, Map<String, BigDecimal> totals) {
		BigDecimal total = totals.get(check.total());
		if (total == null) {
			return;
		}
		if (check.less() != null) {
			BigDecimal less = totals.get(check.less());
			if (less == null) {
				return;
			}
			BigDecimal difference = total.subtract(less);
			if (value.compareTo(difference) != 0) {
				notices.add(Notice.of("checkTotalLess", leaf.code(), label, amount(value), column(check.total()),
						column(check.less()), amount(difference), amount(value.subtract(difference).abs())));
			}
			return;
		}
		if (value.compareTo(total) != 0) {
			notices.add(Notice.of("checkTotal", leaf.code(), label, amount(value), column(check.total()), amount(total),
					amount(value.subtract(total).abs())));
		}
	}

	/**
	 * The percent as typed against numerator ÷ denominator × 100, rounded half-up to the
	 * decimals it is typed with (two at least): 87.62 agrees with 500,333.68 ÷ 571,010.03
	 * = 87.6225…%.
	 */
	private static void ratio(List<Notice> notices, ConsistencyCheck check, Indicator leaf, String label,
			BigDecimal value, Map<String, BigDecimal> totals) {
		BigDecimal numerator = totals.get(check.numerator());
		BigDecimal denominator = totals.get(check.denominator());
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return;
		}
		int scale = Math.max(2, value.stripTrailingZeros().scale());
		BigDecimal ratio = numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
		if (value.compareTo(ratio) != 0) {
			notices.add(Notice.of("checkRatio", leaf.code(), label, amount(value), column(check.numerator()),
					column(check.denominator()), amount(numerator), amount(denominator), amount(ratio)));
		}
	}

	private static void same(List<Notice> notices, ConsistencyCheck check, IndicatorTree tree, Indicator leaf,
			String label, BigDecimal value, Map<String, LeafInputs> inputs) {
		Optional<Indicator> other = tree.leaf(String.valueOf(check.other()));
		if (other.isEmpty()) {
			return;
		}
		BigDecimal otherValue = value(tree, other.get(), check.otherInput(), inputs);
		if (otherValue == null || value.compareTo(otherValue) == 0) {
			return;
		}
		notices.add(Notice.of("checkSame", leaf.code(), label, InputCheck.plain(value), other.get().code(),
				other.get().name(), label(other.get(), check.otherInput()), InputCheck.plain(otherValue)));
	}

	/** The input's number, read at the leaf that holds it where the leaf shares it. */
	private static BigDecimal value(IndicatorTree tree, Indicator leaf, String input, Map<String, LeafInputs> inputs) {
		if (input == null) {
			return null;
		}
		String holder = tree.holderOf(leaf, input).map(Indicator::code).orElse(leaf.code());
		LeafInputs held = inputs.getOrDefault(holder, LeafInputs.EMPTY);
		if (!held.has(input)) {
			return null;
		}
		// Null where not a number: the leaf's own violation says so.
		return held.decimal(input);
	}

	private static String label(Indicator leaf, String input) {
		String label = leaf.labelOf(input);
		return label == null ? input : label;
	}

	private static MessageKey column(String total) {
		return new MessageKey("column." + total);
	}

	/** Amounts and percentages with two decimals (more where typed so). */
	private static BigDecimal amount(BigDecimal value) {
		return value.scale() < 2 ? value.setScale(2) : value;
	}

}

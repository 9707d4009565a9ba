package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 是否应为 95%？ A percentage of at most 1 among percentages that are mostly in the tens was
 * probably typed as a fraction (0.95 for 95%). A hint only: it never blocks.
 */
final class PercentHint {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private PercentHint() {
	}

	private record Value(Indicator leaf, String input, BigDecimal value) {
	}

	static List<Notice> of(ScoringPlan plan, SharedInputs.Resolved inputs) {
		List<Value> values = new ArrayList<>();
		int inTens = 0;
		for (ScoringPlan.LeafPlan leaf : plan.leaves()) {
			LeafInputs leafInputs = inputs.of(leaf.leaf().code());
			for (String input : leaf.percents()) {
				BigDecimal value = leafInputs.decimal(input);
				if (NumberKind.PERCENT.fits(value)) {
					values.add(new Value(leaf.leaf(), input, value));
					inTens += value.compareTo(TEN) >= 0 ? 1 : 0;
				}
			}
		}
		List<Notice> notices = new ArrayList<>();
		for (Value candidate : values) {
			if (candidate.value().signum() <= 0 || candidate.value().compareTo(BigDecimal.ONE) > 0) {
				continue;
			}
			// The others: every value but this one, which is not in the tens.
			int others = values.size() - 1;
			if (others > 0 && inTens * 2 >= others) {
				String label = candidate.leaf().labelOf(candidate.input());
				notices.add(Notice.of("percentFraction", candidate.leaf().code(),
						label == null ? candidate.input() : label, InputCheck.plain(candidate.value()),
						InputCheck.plain(candidate.value().movePointRight(2))));
			}
		}
		return notices;
	}

}

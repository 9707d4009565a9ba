package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	static List<Notice> of(IndicatorTree tree, Map<String, LeafInputs> inputs) {
		List<Value> values = new ArrayList<>();
		for (Indicator leaf : tree.leaves()) {
			LeafInputs leafInputs = inputs.getOrDefault(leaf.code(), LeafInputs.EMPTY);
			for (InputSpec spec : leaf.inputs()) {
				BigDecimal value = leafInputs.decimal(spec.name());
				if (spec.type() == InputType.PERCENT && NumberKind.PERCENT.fits(value)) {
					values.add(new Value(leaf, spec.name(), value));
				}
			}
		}
		List<Notice> notices = new ArrayList<>();
		for (Value candidate : values) {
			if (candidate.value().signum() <= 0 || candidate.value().compareTo(BigDecimal.ONE) > 0) {
				continue;
			}
			List<Value> siblings = values.stream().filter(other -> other != candidate).toList();
			long inTens = siblings.stream().filter(other -> other.value().compareTo(TEN) >= 0).count();
			if (!siblings.isEmpty() && inTens * 2 >= siblings.size()) {
				String label = candidate.leaf().labelOf(candidate.input());
				notices.add(Notice.of("percentFraction", candidate.leaf().code(),
						label == null ? candidate.input() : label, InputCheck.plain(candidate.value()),
						InputCheck.plain(candidate.value().movePointRight(2))));
			}
		}
		return notices;
	}

}

package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.evaluation.PriorYear;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.LeafInputs;

/**
 * The line under each leaf's inputs with the earlier year's figures and score, by leaf
 * code: 上年（2023 年）：采购计划金额 13,966.91 / 政府采购实际金额 3,418.63；得分 1.25. Only leaves of this
 * year's tree that the earlier year had; the inputs are named and read as this year's
 * leaf names them. Amounts, percentages and scores are written as every message of the
 * pages writes numbers ({@link SheetMessages}), counts as typed.
 */
final class PriorYearLines {

	private PriorYearLines() {
	}

	static Map<String, String> of(Optional<PriorYear> prior, int year, IndicatorTree tree, SheetMessages messages) {
		if (prior.isEmpty()) {
			return Map.of();
		}
		PriorYear earlier = prior.get();
		String heading = earlier.year() == year - 1 ? "editor.previousYear" : "editor.earlierYear";
		Map<String, String> lines = new LinkedHashMap<>();
		for (Indicator leaf : tree.leaves()) {
			PriorYear.Leaf before = earlier.leaves().get(leaf.code());
			if (before != null) {
				lines.put(leaf.code(),
						messages.text(heading, String.valueOf(earlier.year()), line(leaf, before, messages)));
			}
		}
		return lines;
	}

	private static String line(Indicator leaf, PriorYear.Leaf before, SheetMessages messages) {
		List<String> figures = new ArrayList<>();
		if (Boolean.TRUE.equals(before.inputs().get(LeafInputs.NOT_APPLICABLE))) {
			figures.add(messages.text("editor.previous.notApplicable"));
		}
		else {
			for (InputSpec spec : leaf.inputs()) {
				String value = figure(leaf, spec, before.inputs().get(spec.name()), messages);
				if (value != null) {
					figures.add(messages.text("editor.previous.figure", messages.fieldLabel(leaf, spec.name()), value));
				}
			}
		}
		String inputs = figures.isEmpty() ? messages.text("editor.previous.empty") : String.join(" / ", figures);
		String score = before.score() == null ? messages.text("editor.previous.noScore")
				: messages.text("editor.previous.score", before.score().setScale(2, RoundingMode.HALF_UP));
		return messages.text("editor.previous.line", inputs, score);
	}

	/** A stored value as this leaf's input shows it; null for none and for texts. */
	private static String figure(Indicator leaf, InputSpec spec, Object value, SheetMessages messages) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return null;
		}
		BigDecimal number = LeafInputs.toDecimal(value);
		if (number != null && (number.precision() - number.scale() > 20 || number.scale() < -20)) {
			// Never expanded (a value from before the bounds).
			return TypedNumber.plain(number);
		}
		return switch (spec.type()) {
			case AMOUNT, SCORE ->
				number == null ? String.valueOf(value) : messages.text("editor.previous.number", twoPlaces(number));
			case PERCENT ->
				number == null ? String.valueOf(value) : messages.text("editor.previous.percent", twoPlaces(number));
			case COUNT -> number == null ? String.valueOf(value) : TypedNumber.plain(number);
			case BOOLEAN -> messages.text(Boolean.TRUE.equals(value) ? "editor.yes" : "editor.no");
			case OPTION, BAND -> messages.valueText(leaf, spec.name(), String.valueOf(value));
			case ITEMS -> value instanceof List<?> items ? String.join("、", items.stream().map(item -> {
				BigDecimal points = LeafInputs.toDecimal(item);
				return points != null ? TypedNumber.plain(points) : item == null ? "—" : String.valueOf(item);
			}).toList()) : null;
			case TEXT -> null;
		};
	}

	/**
	 * Two places, as the pages' messages write amounts and scores; more when stored so.
	 */
	private static BigDecimal twoPlaces(BigDecimal number) {
		return number.scale() > 2 ? number.stripTrailingZeros() : number.setScale(2);
	}

}

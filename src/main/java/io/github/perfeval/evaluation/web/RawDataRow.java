package io.github.perfeval.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.perfeval.scoring.Checklist;
import io.github.perfeval.scoring.Choice;
import io.github.perfeval.scoring.Coefficient;
import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.Manual;

/**
 * One row of the Excel template's 指标原始数据 sheet: an input of a formula leaf, or one item
 * of a checklist ({@code item} ≥ 0). Its key {@code code:input[:index]} ties the row to
 * the input when the filled-in file comes back. {@code sharedBy}: the leaves that read
 * this input too (entered once, here).
 */
record RawDataRow(Indicator leaf, InputSpec spec, int item, List<Indicator> sharedBy) {

	static final int NO_ITEM = -1;

	/**
	 * Every row of the template: the inputs of the leaves scored by formula, in tree
	 * order.
	 */
	static List<RawDataRow> of(IndicatorTree tree) {
		List<RawDataRow> rows = new ArrayList<>();
		tree.leaves().stream().filter(RawDataRow::byFormula).forEach(leaf -> leaf.inputs().forEach(spec -> {
			if (tree.holderOf(leaf, spec.name()).isPresent()) {
				// Entered once: on the row of the leaf that holds it.
				return;
			}
			List<Indicator> sharedBy = tree.leaves()
				.stream()
				.filter(other -> tree.holderOf(other, spec.name()).filter(leaf::equals).isPresent())
				.toList();
			if (spec.type() == InputType.ITEMS) {
				for (int i = 0; i < spec.itemPoints().size(); i++) {
					rows.add(new RawDataRow(leaf, spec, i, sharedBy));
				}
			}
			else {
				rows.add(new RawDataRow(leaf, spec, NO_ITEM, sharedBy));
			}
		}));
		return rows;
	}

	/** Leaves scored only by the evaluator's judgment (效果性, 个性指标) have no raw data. */
	static boolean byFormula(Indicator leaf) {
		return leaf.rule()
			.stream()
			.anyMatch(component -> !(component instanceof Judgment || component instanceof Manual));
	}

	static String key(String code, String input, int item) {
		return code + ":" + input + (item == NO_ITEM ? "" : ":" + item);
	}

	String key() {
		return key(leaf.code(), spec.name(), item);
	}

	/** The checklist item's own words, for an item row. */
	Optional<String> itemLabel() {
		return leaf.rule()
			.stream()
			.filter(component -> component instanceof Checklist checklist && checklist.input().equals(spec.name()))
			.map(component -> ((Checklist) component).items())
			.filter(items -> item >= 0 && item < items.size())
			.map(items -> items.get(item).label())
			.findFirst();
	}

	/**
	 * The options of a choice or coefficient input, with their labels and points; empty
	 * for other inputs.
	 */
	List<Choice.Option> options() {
		List<Choice.Option> options = new java.util.ArrayList<>();
		for (Component component : leaf.rule()) {
			if (component instanceof Choice choice && choice.input().equals(spec.name())) {
				options.addAll(choice.options());
			}
			else if (component instanceof Coefficient coefficient && coefficient.input().equals(spec.name())) {
				// Shown as a choice: its label and the points it gives.
				coefficient.options()
					.forEach(option -> options
						.add(new Choice.Option(option.value(), option.label(), coefficient.pointsOf(option))));
			}
		}
		return options;
	}

}

package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Checklist;
import io.github.perfeval.scoring.Choice;
import io.github.perfeval.scoring.Coefficient;
import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.Flag;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.LeafInputs;
import io.github.perfeval.scoring.JudgmentLevel;
import io.github.perfeval.scoring.Manual;
import io.github.perfeval.scoring.ScoreOverride;
import io.github.perfeval.scoring.ScoringSheet;
import io.github.perfeval.scoring.Veto;
import io.github.perfeval.scoring.Violation;

/** Everything the editor page shows, organised as the framework is: 一级 → 二级 → 三级. */
record EditorView(EvaluationSummary summary, boolean editable, String unit, BigDecimal total, String grade,
		String gradeStanding, String framework, int missingCount, List<String> warnings, List<Level1> level1s,
		List<String> documentErrors) {

	/**
	 * An invalid value as the list at the top of the page names it, with a link to it.
	 */
	record Problem(String anchor, String text) {
	}

	/** Every invalid value of the leaves, in the page's order. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		for (Level1 level1 : level1s) {
			for (Group group : level1.groups()) {
				for (Leaf leaf : group.leaves()) {
					String name = leaf.code() + " " + leaf.name();
					for (Field field : leaf.fields()) {
						if (field.error() != null) {
							problems
								.add(new Problem(field.anchor(), name + " · " + field.label() + "：" + field.error()));
						}
					}
					leaf.errors().forEach(error -> problems.add(new Problem(leaf.anchor(), name + " · " + error)));
				}
			}
		}
		return problems;
	}

	record Level1(String code, String name, BigDecimal weight, List<Group> groups) {
	}

	/** A 二级 group: a section of the page and an entry of the side navigation. */
	record Group(String code, String anchor, String name, BigDecimal weight, BigDecimal score, BigDecimal lost,
			int scored, List<Leaf> leaves) {

		public boolean complete() {
			return scored == leaves.size();
		}

		/** How many leaves of the group hold an invalid value. */
		public long invalid() {
			return leaves.stream().filter(Leaf::invalid).count();
		}

	}

	/**
	 * A leaf; {@code notApplicableMarked} is the 不适用 box as ticked, {@code notApplicable}
	 * that the leaf is scored as 不适用.
	 */
	record Leaf(String code, String anchor, String name, BigDecimal weight, String description, String criteria,
			List<Field> fields, String comment, BigDecimal computed, ScoreOverride override, BigDecimal finalScore,
			BigDecimal lost, List<String> errors, boolean missing, boolean notApplicableAllowed,
			boolean notApplicableMarked, String notApplicableReason, boolean notApplicable) {

		/** Some input of this leaf is invalid (as opposed to merely not yet entered). */
		public boolean invalid() {
			return !errors.isEmpty() || fields.stream().anyMatch(field -> field.error() != null);
		}

	}

	/**
	 * An input; {@code note} says how a typed number was read (5000元 → 0.5 万元),
	 * {@code error} what is wrong with it.
	 */
	record Field(String name, String param, String anchor, String label, String type, String value, String suffix,
			String hint, List<Option> options, List<Item> items, String note, String error, String help,
			String sharedWith) {

		/**
		 * {@code sharedWith}: the input is entered once at another leaf, which this text
		 * names (同指标 …「…」); the page shows it in place of a field.
		 */
		public boolean shared() {
			return sharedWith != null;
		}

	}

	record Option(String value, String label) {
	}

	/** A checklist item; {@code invalid} marks the one item that is wrong. */
	record Item(String param, String label, BigDecimal points, String value, boolean invalid) {
	}

	/**
	 * Notes and problems of typed numbers, by parameter name, as
	 * {@link EditorForm#notes()} gives them.
	 */
	record Typed(Map<String, String> notes, Map<String, String> errors) {

		static final Typed NONE = new Typed(Map.of(), Map.of());

	}

	static EditorView of(EvaluationSummary summary, boolean editable, String unit, Scored scored,
			Map<String, Map<String, Object>> values, SheetMessages messages) {
		return of(summary, editable, unit, scored, values, Typed.NONE, messages);
	}

	static EditorView of(EvaluationSummary summary, boolean editable, String unit, Scored scored,
			Map<String, Map<String, Object>> values, Typed typed, SheetMessages messages) {
		ScoringSheet sheet = scored.sheet();
		List<Level1> level1s = new ArrayList<>();
		for (Indicator root : scored.tree().roots()) {
			List<Group> groups = root.children()
				.stream()
				.map(group -> group(scored.tree(), group, sheet, values, scored.violations(), unit, typed, messages))
				.toList();
			level1s.add(new Level1(root.code(), root.name(), root.weight(), groups));
		}
		List<String> documentErrors = scored.violations()
			.stream()
			.filter(violation -> scored.tree().leaf(String.valueOf(violation.indicator())).isEmpty())
			// Those of 基本情况 are shown next to their fields.
			.filter(violation -> EditorParams.of(violation.field()) == null)
			.map(violation -> messages.error(violation, scored.tree()).message())
			.toList();
		return new EditorView(summary, editable, unit, two(sheet.total()), sheet.grade(),
				scored.tree().grades().standing(sheet.grade()),
				messages.text("editor.framework", scored.tree().name(), scored.tree().code(),
						String.valueOf(scored.tree().version())),
				sheet.missing().size(), sheet.warnings()
					.stream()
					// Leaves without input are already counted as missing and marked in
					// their section.
					.filter(notice -> !"noInput".equals(notice.code()))
					.map(notice -> messages.warning(notice, scored.tree()))
					.toList(),
				level1s, documentErrors);
	}

	private static Group group(IndicatorTree tree, Indicator group, ScoringSheet sheet,
			Map<String, Map<String, Object>> values, List<Violation> violations, String unit, Typed typed,
			SheetMessages messages) {
		List<Leaf> leaves = group.children()
			.stream()
			.map(leaf -> leaf(tree, leaf, sheet.leaf(leaf.code()), values,
					violations.stream().filter(v -> leaf.code().equals(v.indicator())).toList(),
					sheet.missing().stream().anyMatch(missing -> missing.code().equals(leaf.code())), unit, typed,
					messages))
			.toList();
		BigDecimal score = sheet.group(group.code()).score();
		int scored = (int) leaves.stream()
			.filter(leaf -> (leaf.finalScore() != null || leaf.notApplicable()) && !leaf.missing())
			.count();
		BigDecimal lost = leaves.stream()
			.map(Leaf::lost)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new Group(group.code(), anchor(group.code()), group.name(), two(group.weight()), two(score), lost,
				scored, leaves);
	}

	private static Leaf leaf(IndicatorTree tree, Indicator leaf, ScoringSheet.LeafScore row,
			Map<String, Map<String, Object>> allValues, List<Violation> violations, boolean missing, String unit,
			Typed typed, SheetMessages messages) {
		Map<String, Object> values = allValues.getOrDefault(leaf.code(), Map.of());
		List<Field> fields = leaf.inputs()
			.stream()
			.map(spec -> field(leaf, spec, heldValue(tree, leaf, spec.name(), allValues),
					violations.stream().filter(v -> spec.name().equals(v.field())).toList(), unit, typed, messages,
					sharedWith(tree, leaf, spec, allValues, unit, messages)))
			.toList();
		List<String> errors = violations.stream()
			.filter(v -> v.field() == null || leaf.inputs().stream().noneMatch(spec -> spec.name().equals(v.field())))
			.map(v -> v.field() == null ? messages.detail(v)
					: messages.fieldLabel(leaf, v.field()) + "：" + messages.detail(v))
			.toList();
		Object comment = values.get("comment");
		return new Leaf(leaf.code(), anchor(leaf.code()), leaf.name(), two(leaf.weight()), leaf.description(),
				leaf.criteria(), fields, comment == null ? "" : comment.toString(), two(row.computed()), row.override(),
				two(row.finalScore()), two(row.lost()), errors, missing, leaf.notApplicableAllowed(),
				Boolean.TRUE.equals(values.get(LeafInputs.NOT_APPLICABLE)),
				text(values.get(LeafInputs.NOT_APPLICABLE_REASON)), row.notApplicable());
	}

	/**
	 * The leaf's value of an input; for an input it holds for other leaves too, a value a
	 * document gave only at one of those (so that saving the page keeps it, here).
	 */
	static Object heldValue(IndicatorTree tree, Indicator leaf, String input, Map<String, Map<String, Object>> values) {
		Object own = values.getOrDefault(leaf.code(), Map.of()).get(input);
		if (own != null) {
			return own;
		}
		return tree.leaves()
			.stream()
			.filter(other -> tree.holderOf(other, input).filter(leaf::equals).isPresent())
			.map(other -> values.getOrDefault(other.code(), Map.of()).get(input))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** Where an input entered once at another leaf is entered, with its value there. */
	private static String sharedWith(IndicatorTree tree, Indicator leaf, InputSpec spec,
			Map<String, Map<String, Object>> values, String unit, SheetMessages messages) {
		Indicator holder = tree.holderOf(leaf, spec.name()).orElse(null);
		if (holder == null) {
			return null;
		}
		Object held = heldValue(tree, holder, spec.name(), values);
		if (held == null || held instanceof List) {
			return messages.text("editor.sameAs", holder.code(), holder.name());
		}
		String suffix = suffix(leaf, spec, unit);
		return messages.text("editor.sameAsValue", holder.code(), holder.name(),
				text(held) + (suffix == null ? "" : " " + suffix));
	}

	private static Field field(Indicator leaf, InputSpec spec, Object value, List<Violation> violations, String unit,
			Typed typed, SheetMessages messages, String sharedWith) {
		String param = "in:" + leaf.code() + ":" + spec.name();
		// What the typed text says is wrong (a unit that does not fit) before what the
		// rule
		// says.
		String error = typed.errors()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equals(param) || entry.getKey().startsWith(param + ":"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(violations.stream().map(messages::detail).findFirst().orElse(null));
		String note = typed.notes()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equals(param) || entry.getKey().startsWith(param + ":"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		List<Integer> wrongItems = violations.stream()
			.filter(v -> "itemRange".equals(v.code()) && !v.args().isEmpty() && v.args().get(0) instanceof Integer)
			.map(v -> (Integer) v.args().get(0) - 1)
			.toList();
		String label = messages.fieldLabel(leaf, spec.name());
		List<Option> options = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		String hint = null;
		for (Component component : leaf.rule()) {
			if (component instanceof Choice choice && choice.input().equals(spec.name())) {
				choice.options()
					.forEach(option -> options
						.add(new Option(option.value(), option.label() + "（" + plain(option.points()) + " 分）")));
				hint = choice.label();
			}
			else if (component instanceof Coefficient coefficient && coefficient.input().equals(spec.name())) {
				coefficient.options()
					.forEach(option -> options.add(new Option(option.value(),
							option.label() + "（" + plain(coefficient.pointsOf(option)) + " 分）")));
				hint = coefficient.label();
			}
			else if (component instanceof Checklist checklist && checklist.input().equals(spec.name())) {
				List<?> list = value instanceof List<?> l ? l : List.of();
				for (int i = 0; i < checklist.items().size(); i++) {
					Checklist.Item item = checklist.items().get(i);
					items.add(new Item(param + ":" + i, item.label(), item.points(),
							i < list.size() ? text(list.get(i)) : "",
							wrongItems.contains(i) || typed.errors().containsKey(param + ":" + i)));
				}
			}
			else if (component instanceof Flag flag && flag.input().equals(spec.name())) {
				hint = flag.label() + "（" + plain(flag.points()) + " 分）";
			}
			else if (component instanceof Veto veto && veto.input().equals(spec.name())) {
				hint = veto.label();
			}
			else if (component instanceof Manual manual && manual.input().equals(spec.name())
					&& manual.label() != null) {
				hint = manual.label();
			}
		}
		if (spec.type() == InputType.BAND) {
			leaf.rule()
				.stream()
				.filter(Judgment.class::isInstance)
				.flatMap(component -> ((Judgment) component).levels().stream())
				.forEach(level -> options.add(new Option(level.code(),
						level.name() + "（" + bandRange(level, leaf.weight(), messages) + "）")));
		}
		if (spec.type() == InputType.BOOLEAN) {
			options.add(new Option("true", messages.text("editor.yes")));
			options.add(new Option("false", messages.text("editor.no")));
		}
		if (hint != null && label.contains(hint)) {
			hint = null;
		}
		return new Field(spec.name(), param, anchor(leaf.code()) + "-" + spec.name(), label,
				spec.type().name().toLowerCase(Locale.ROOT), value instanceof List ? "" : text(value),
				suffix(leaf, spec, unit), hint, options, items, note, error, leaf.helpOf(spec.name()), sharedWith);
	}

	/** 权重分的 80%（含）至 100%（含），即 20–25 分. */
	private static String bandRange(JudgmentLevel level, BigDecimal weight, SheetMessages messages) {
		String inclusive = messages.text("editor.inclusive");
		return messages.text("editor.bandRange", plain(level.min()), level.minInclusive() ? inclusive : "",
				plain(level.max()), level.maxInclusive() ? inclusive : "", plain(level.low(weight)),
				plain(level.high(weight)));
	}

	/**
	 * An amount is in the evaluation's money unit; other inputs in the unit the framework
	 * gives them, else percentages in % and scores in 分.
	 */
	private static String suffix(Indicator leaf, InputSpec spec, String unit) {
		if (spec.type() == InputType.AMOUNT) {
			return unit;
		}
		String own = leaf.unitOf(spec.name());
		if (own != null) {
			return own;
		}
		return switch (spec.type()) {
			case PERCENT -> "%";
			case SCORE -> "分";
			default -> null;
		};
	}

	static String anchor(String code) {
		return "i-" + code.replace('.', '-');
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal number ? TypedNumber.plain(number) : value.toString();
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	static BigDecimal two(BigDecimal number) {
		return number == null ? null : number.setScale(2, RoundingMode.HALF_UP);
	}

}

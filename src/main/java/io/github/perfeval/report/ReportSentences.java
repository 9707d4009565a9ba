package io.github.perfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.framework.ReportSentence;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.InputSpec;
import io.github.perfeval.scoring.InputType;
import io.github.perfeval.scoring.LeafInputs;

/**
 * The framework's report sentences filled in with an evaluation's figures: each value
 * formatted as its kind of input is (金额 1,234.56, 个数 1,194, 百分数 87.62%), each percentage
 * computed from its inputs. A sentence whose figures are not all there is left out, never
 * printed with a gap.
 */
final class ReportSentences {

	private final IndicatorTree tree;

	private final Map<String, List<ReportSentence>> sentences;

	private final EvaluationDocument document;

	private final Map<String, SheetView.Row> rows;

	private final String unit;

	/**
	 * 表 1-1's amounts by the name the budget leaf of a 绩效自评表 framework reads them
	 * ({@link io.github.perfeval.scoring.GoalScheme#budgetLeaf}): that leaf scores them,
	 * not inputs of its own.
	 */
	private final Map<String, BigDecimal> budget;

	private ReportSentences(IndicatorTree tree, Map<String, List<ReportSentence>> sentences,
			EvaluationDocument document, Map<String, SheetView.Row> rows, String unit, Map<String, BigDecimal> budget) {
		this.tree = tree;
		this.sentences = sentences;
		this.document = document;
		this.rows = rows;
		this.unit = unit;
		this.budget = budget;
	}

	static ReportSentences of(IndicatorTree tree, Map<String, List<ReportSentence>> sentences,
			EvaluationDocument document, SheetView sheet, String unit, Map<String, BigDecimal> budget) {
		Map<String, SheetView.Row> rows = new java.util.HashMap<>();
		sheet.rows().forEach(row -> rows.put(row.code(), row));
		return new ReportSentences(tree, sentences, document, rows, unit, budget);
	}

	/** The sentences of a section, leaf by leaf in the tree's order. */
	List<String> section(String section) {
		List<String> texts = new ArrayList<>();
		for (Indicator leaf : tree.leaves()) {
			texts.addAll(leaf(leaf.code(), section));
		}
		return texts;
	}

	/** One leaf's sentences of a section. */
	List<String> leaf(String code, String section) {
		List<String> texts = new ArrayList<>();
		for (ReportSentence sentence : sentences.getOrDefault(code, List.of())) {
			if (section.equals(sentence.section())) {
				render(code, sentence).ifPresent(texts::add);
			}
		}
		return texts;
	}

	private Optional<String> render(String code, ReportSentence sentence) {
		List<ReportSentence.Slot> slots;
		try {
			slots = sentence.slots();
		}
		catch (IllegalArgumentException ex) {
			// A stored framework was checked on import; an unreadable one prints nothing.
			return Optional.empty();
		}
		for (ReportSentence.Reference reference : sentence.nonZeroReferences()) {
			BigDecimal value = decimal(code, reference);
			if (value == null || value.signum() == 0) {
				return Optional.empty();
			}
		}
		StringBuilder text = new StringBuilder();
		int from = 0;
		for (ReportSentence.Slot slot : slots) {
			String value = slot.isPercentage() ? percentage(code, slot) : value(code, slot.numerator().get(0));
			if (value == null) {
				return Optional.empty();
			}
			text.append(sentence.text(), from, slot.start()).append(value);
			from = slot.end();
		}
		return Optional.of(text.append(sentence.text().substring(from)).toString());
	}

	private String percentage(String code, ReportSentence.Slot slot) {
		BigDecimal numerator = sum(code, slot.numerator());
		BigDecimal denominator = sum(code, slot.denominator());
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		String percent = Numbers.percent(numerator, denominator);
		return percent.isEmpty() ? null : percent;
	}

	private BigDecimal sum(String code, List<ReportSentence.Reference> references) {
		BigDecimal sum = BigDecimal.ZERO;
		for (ReportSentence.Reference reference : references) {
			BigDecimal value = decimal(code, reference);
			if (value == null) {
				return null;
			}
			sum = sum.add(value);
		}
		return sum;
	}

	private String value(String code, ReportSentence.Reference reference) {
		if (reference.keyword()) {
			return keyword(code, reference.name());
		}
		String leaf = reference.leaf() == null ? code : reference.leaf();
		Object raw = raw(leaf, reference.name());
		InputType type = type(leaf, reference.name());
		if (raw == null || type == null) {
			return null;
		}
		if (type == InputType.TEXT || type == InputType.OPTION || type == InputType.BAND) {
			String text = String.valueOf(raw).strip();
			return text.isEmpty() ? null : text;
		}
		BigDecimal value = decimal(code, reference);
		if (value == null) {
			return null;
		}
		return switch (type) {
			case AMOUNT -> Numbers.amount(value);
			case PERCENT -> Numbers.enteredPercent(value);
			case SCORE -> Numbers.points(value);
			default -> Numbers.quantity(value);
		};
	}

	private String keyword(String code, String name) {
		SheetView.Row row = rows.get(code);
		switch (name) {
			case "year":
				return String.valueOf(document.year());
			case "unit":
				return unit;
			case "weight":
				return row == null ? null : row.weightText();
			case "score":
				return row == null || row.finalScore() == null ? null : Numbers.points(row.finalScore());
			case "subject":
				return subject(document);
			default:
				return null;
		}
	}

	/**
	 * The department as the report's sentences name it: the short name it gave (我局), else
	 * its name.
	 */
	static String subject(EvaluationDocument document) {
		EvaluationDocument.Signatories people = document.signatories();
		String shortName = people == null ? null : people.shortName();
		return shortName == null || shortName.isBlank() ? document.department().name() : shortName.strip();
	}

	/** An input's number, or null when it is none or out of every bound. */
	private BigDecimal decimal(String code, ReportSentence.Reference reference) {
		Object raw = raw(reference.leaf() == null ? code : reference.leaf(), reference.name());
		BigDecimal value = LeafInputs.toDecimal(raw);
		return value == null || Numbers.outOfBounds(value) ? null : value;
	}

	private Object raw(String leaf, String name) {
		if (tree.goals() != null && leaf.equals(tree.goals().budgetLeaf()) && budget.get(name) != null) {
			return budget.get(name);
		}
		Map<String, Object> inputs = document.indicators() == null ? null : document.indicators().get(leaf);
		return inputs == null ? null : inputs.get(name);
	}

	private InputType type(String leaf, String name) {
		return tree.leaf(leaf)
			.flatMap(indicator -> indicator.inputs().stream().filter(spec -> spec.name().equals(name)).findFirst())
			.map(InputSpec::type)
			.orElse(null);
	}

}

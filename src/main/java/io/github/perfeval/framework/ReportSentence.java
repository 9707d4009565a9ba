package io.github.perfeval.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sentence the 自评报告 states about a leaf, written in the framework as a template:
 * {@code "{year} 年，采购指标资金 {plannedAmount} {unit}，采购执行率 {actualAmount/plannedAmount}。"}.
 * {@code section} says where it goes: {@code execution} (部门预算执行情况), {@code analysis}
 * (部门履职绩效情况), {@code problem} (the figures of the leaf's entry under 存在问题 when it lost
 * points) or {@code measure} (that entry's 改进措施, written without a subject: "下一步，将…").
 * <p>
 * A slot names an input of the leaf ({@code {plannedAmount}}), an input of another leaf
 * ({@code {2.4.2:nonPayrollStaff}}), a percentage of two sums of inputs ({@code {a/b}},
 * {@code {a/b+c}}: a ÷ (b + c) × 100), or one of the report's own values ({@code {year}},
 * {@code {unit}}, {@code {weight}}, {@code {score}}). The sentence is left out while a
 * value it names is missing, a percentage's denominator is 0, or an input in
 * {@code nonZero} is 0.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportSentence(String section, String text, List<String> nonZero) {

	public static final List<String> SECTIONS = List.of("execution", "analysis", "problem", "measure");

	/**
	 * The report's own values a slot may name; {@code subject} is the department as the
	 * report calls it (its short name, 我局, else its name).
	 */
	public static final List<String> KEYWORDS = List.of("year", "unit", "weight", "score", "subject");

	private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");

	private static final Pattern REFERENCE = Pattern
		.compile("(?:([A-Za-z0-9][A-Za-z0-9._-]*):)?([A-Za-z][A-Za-z0-9_]*)");

	public ReportSentence {
		nonZero = nonZero == null ? List.of() : List.copyOf(nonZero);
	}

	/** An input ({@code leaf} null: the sentence's own leaf) or a keyword. */
	public record Reference(String leaf, String name) {

		public boolean keyword() {
			return leaf == null && KEYWORDS.contains(name);
		}

	}

	/**
	 * One slot: a value ({@code denominator} empty) or a percentage of two sums.
	 * {@code start} and {@code end} are its place in the text.
	 */
	public record Slot(int start, int end, String source, List<Reference> numerator, List<Reference> denominator) {

		public boolean isPercentage() {
			return !denominator.isEmpty();
		}

		public List<Reference> references() {
			List<Reference> all = new ArrayList<>(numerator);
			all.addAll(denominator);
			return all;
		}

	}

	/** The slots of the text, in order; one that cannot be read throws. */
	public List<Slot> slots() {
		List<Slot> slots = new ArrayList<>();
		Matcher matcher = SLOT.matcher(text == null ? "" : text);
		while (matcher.find()) {
			String source = matcher.group(1).strip();
			String[] parts = source.split("/", -1);
			if (parts.length > 2) {
				throw new IllegalArgumentException(source);
			}
			List<Reference> numerator = sum(parts[0]);
			List<Reference> denominator = parts.length == 2 ? sum(parts[1]) : List.of();
			boolean keyword = numerator.stream().anyMatch(Reference::keyword)
					|| denominator.stream().anyMatch(Reference::keyword);
			if ((parts.length == 1 && numerator.size() > 1) || (keyword && parts.length == 2)) {
				throw new IllegalArgumentException(source);
			}
			slots.add(new Slot(matcher.start(), matcher.end(), source, numerator, denominator));
		}
		return slots;
	}

	/** Inputs in {@code nonZero}, read as references. */
	public List<Reference> nonZeroReferences() {
		return nonZero.stream().map(ReportSentence::reference).toList();
	}

	private static List<Reference> sum(String part) {
		List<Reference> references = new ArrayList<>();
		for (String term : part.split("\\+", -1)) {
			references.add(reference(term));
		}
		return references;
	}

	private static Reference reference(String term) {
		Matcher matcher = REFERENCE.matcher(term == null ? "" : term.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(String.valueOf(term));
		}
		return new Reference(matcher.group(1), matcher.group(2));
	}

}

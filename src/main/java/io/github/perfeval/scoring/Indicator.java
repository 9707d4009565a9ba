package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 指标: a 一级 or 二级 group, whose weight is the sum of its children, or a 三级 leaf with its
 * 指标说明, 参考评分标准 and scoring rule. {@code referenceWeight} is the framework's 参考分值;
 * {@code weight} the one this evaluation uses.
 */
public record Indicator(String code, String name, BigDecimal weight, BigDecimal referenceWeight, String description,
		String criteria, Map<String, String> inputLabels, List<Component> rule, List<Indicator> children,
		boolean notApplicableAllowed, Map<String, InputText> inputTexts) {

	/**
	 * {@code inputTexts} (label, unit, help, shared input) rule where given; else they
	 * are the labels alone.
	 */
	public Indicator {
		// Insertion order kept: the labels' order is the order the forms show the inputs
		// in.
		if (inputTexts == null || inputTexts.isEmpty()) {
			inputTexts = InputText.of(inputLabels == null ? Map.of() : inputLabels);
		}
		else {
			Map<String, String> labels = new LinkedHashMap<>();
			inputTexts.forEach((input, text) -> labels.put(input, text.label()));
			inputLabels = labels;
		}
		inputTexts = Collections.unmodifiableMap(new LinkedHashMap<>(inputTexts));
		inputLabels = Collections.unmodifiableMap(new LinkedHashMap<>(inputLabels));
		rule = rule == null ? List.of() : List.copyOf(rule);
		children = children == null ? List.of() : List.copyOf(children);
	}

	public static Indicator group(String code, String name, List<Indicator> children) {
		BigDecimal weight = children.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Indicator(code, name, weight, weight, null, null, Map.of(), List.of(), children, false, Map.of());
	}

	public static Indicator leaf(String code, String name, BigDecimal weight, String description, String criteria,
			Map<String, String> inputLabels, List<Component> rule) {
		return new Indicator(code, name, weight, weight, description, criteria, inputLabels, rule, List.of(), false,
				Map.of());
	}

	/** A leaf whose inputs have labels, units, help texts or shared inputs. */
	public static Indicator leafWithTexts(String code, String name, BigDecimal weight, String description,
			String criteria, Map<String, InputText> inputTexts, List<Component> rule) {
		return new Indicator(code, name, weight, weight, description, criteria, Map.of(), rule, List.of(), false,
				inputTexts);
	}

	/**
	 * Indicator codes in reading order: 1.1.2 before 1.1.10 (segments compared as numbers
	 * where both are numbers), a group before its children.
	 */
	public static final Comparator<String> CODE_ORDER = Indicator::compareCodes;

	private static int compareCodes(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			boolean numbers = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}");
			int compared = numbers ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
					: left[i].compareTo(right[i]);
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(left.length, right.length);
	}

	public boolean isLeaf() {
		return children.isEmpty();
	}

	/** 1 for 一级, 2 for 二级, 3 for 三级. */
	public int level() {
		return code.split("\\.").length;
	}

	/**
	 * weight ÷ reference weight: how much the scalable components of this leaf are
	 * scaled.
	 */
	public BigFraction factor() {
		return Exact.of(weight).divide(Exact.of(referenceWeight));
	}

	public Indicator withWeight(BigDecimal newWeight) {
		return new Indicator(code, name, newWeight, referenceWeight, description, criteria, inputLabels, rule, children,
				notApplicableAllowed, inputTexts);
	}

	/** The same leaf, which the evaluation may mark 不适用 or not. */
	public Indicator withNotApplicableAllowed(boolean allowed) {
		return new Indicator(code, name, weight, referenceWeight, description, criteria, inputLabels, rule, children,
				allowed, inputTexts);
	}

	/**
	 * The same leaf with its rule's components replaced (the framework's judgment levels
	 * put in).
	 */
	public Indicator withRule(List<Component> newRule) {
		return new Indicator(code, name, weight, referenceWeight, description, criteria, inputLabels, newRule, children,
				notApplicableAllowed, inputTexts);
	}

	public Indicator withChildren(List<Indicator> newChildren) {
		return group(code, name, newChildren);
	}

	/**
	 * Every input of the leaf's rule, once each, in the order of its labels, else as the
	 * rule reads them.
	 */
	public List<InputSpec> inputs() {
		Map<String, InputSpec> specs = new LinkedHashMap<>();
		rule.forEach(component -> component.inputs(this).forEach(spec -> specs.putIfAbsent(spec.name(), spec)));
		List<String> order = List.copyOf(inputLabels.keySet());
		return specs.values()
			.stream()
			.sorted(Comparator
				.comparingInt(spec -> order.contains(spec.name()) ? order.indexOf(spec.name()) : order.size()))
			.toList();
	}

	public String labelOf(String input) {
		return inputLabels.get(input);
	}

	/** The input's unit as the framework states it (人, 个, %), if it states one. */
	public String unitOf(String input) {
		InputText text = inputTexts.get(input);
		return text == null ? null : text.unit();
	}

	/** The input's help text, if the framework gives one. */
	public String helpOf(String input) {
		InputText text = inputTexts.get(input);
		return text == null ? null : text.help();
	}

	/**
	 * The code of the leaf that holds this input where it is entered once for several
	 * leaves; empty for the leaf's own inputs.
	 */
	public java.util.Optional<String> sharedFrom(String input) {
		InputText text = inputTexts.get(input);
		return java.util.Optional.ofNullable(text == null ? null : text.sameAs());
	}

}

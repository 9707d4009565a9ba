package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The type and range check of one input value (FRAMEWORK.md §3). */
final class InputCheck {

	private InputCheck() {
	}

	/** Adds a violation and returns false when the value does not fit its spec. */
	static boolean check(LeafContext context, InputSpec spec, Object value) {
		String field = spec.name();
		int before = context.violations().size();
		switch (spec.type()) {
			case AMOUNT -> number(context, field, value, NumberKind.AMOUNT);
			case COUNT -> number(context, field, value, NumberKind.COUNT);
			case PERCENT -> number(context, field, value, NumberKind.PERCENT);
			case SCORE -> score(context, field, value, spec);
			case BOOLEAN -> {
				if (!(value instanceof Boolean)) {
					context.reject(field, "notBoolean");
				}
			}
			case OPTION, BAND -> {
				if (!(value instanceof String s) || !spec.options().contains(s)) {
					if (spec.type() == InputType.BAND) {
						context.reject(field, "unknownBand", levelNames(context.leaf()));
					}
					else {
						context.reject(field, "unknownOption", optionLabels(context.leaf(), spec));
					}
				}
			}
			case ITEMS -> items(context, field, value, spec.itemPoints());
			case TEXT -> {
				if (!(value instanceof String)) {
					context.reject(field, "notText");
				}
			}
		}
		return context.violations().size() == before;
	}

	private static void number(LeafContext context, String field, Object value, NumberKind kind) {
		BigDecimal number = LeafInputs.toDecimal(value);
		if (number == null) {
			context.reject(field, kind == NumberKind.COUNT ? "notCount" : "notNumber");
			return;
		}
		kind.breach(number).ifPresent(breach -> context.reject(field, breach.code(), breach.argArray()));
	}

	/**
	 * Against the exact bound; the message shows the bound as {@link InputSpec#max()}.
	 */
	private static void score(LeafContext context, String field, Object value, InputSpec spec) {
		BigDecimal number = LeafInputs.toDecimal(value);
		if (number == null) {
			context.reject(field, "notNumber");
		}
		else if (!NumberKind.SCORE.fits(number) || !Exact.atMost(number, spec.exactMax())) {
			context.reject(field, scoreBreach(number, spec.max()), plain(spec.max()));
		}
	}

	/** The message of a score outside 0 to max or with more than two decimals. */
	static String scoreBreach(BigDecimal number, BigDecimal max) {
		return NumberKind.SCORE.breach(number)
			.map(NumberKind.Breach::code)
			.filter("scoreDecimals"::equals)
			.orElse("scoreRange");
	}

	private static void items(LeafContext context, String field, Object value, List<BigDecimal> points) {
		if (!(value instanceof List<?> list) || list.size() != points.size()) {
			context.reject(field, "itemsCount", points.size());
			return;
		}
		for (int i = 0; i < points.size(); i++) {
			BigDecimal number = LeafInputs.toDecimal(list.get(i));
			if (number == null || !NumberKind.SCORE.fits(number) || number.compareTo(points.get(i)) > 0) {
				if (number != null && "scoreDecimals".equals(scoreBreach(number, points.get(i)))) {
					context.reject(field, "scoreDecimals");
				}
				else {
					context.reject(field, "itemRange", i + 1, plain(points.get(i)));
				}
			}
		}
	}

	/** The options as the page shows them: their labels, not their stored values. */
	private static String optionLabels(Indicator leaf, InputSpec spec) {
		return leaf.rule()
			.stream()
			.filter(component -> component instanceof Choice choice && choice.input().equals(spec.name()))
			.map(Choice.class::cast)
			.findFirst()
			.map(choice -> quoted(choice.options().stream().map(Choice.Option::label).toList()))
			.or(() -> leaf.rule()
				.stream()
				.filter(component -> component instanceof Coefficient coefficient
						&& coefficient.input().equals(spec.name()))
				.map(Coefficient.class::cast)
				.findFirst()
				.map(coefficient -> quoted(coefficient.options().stream().map(Coefficient.Option::label).toList())))
			.orElse(String.join("、", spec.options()));
	}

	private static String quoted(List<String> labels) {
		return String.join("、", labels.stream().map(label -> "“" + label + "”").toList());
	}

	/** The judgment levels' names as the page shows them: 显著、明显、一般. */
	private static String levelNames(Indicator leaf) {
		return leaf.rule()
			.stream()
			.filter(Judgment.class::isInstance)
			.map(component -> JudgmentLevel.names(((Judgment) component).levels()))
			.findFirst()
			.orElse("");
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}

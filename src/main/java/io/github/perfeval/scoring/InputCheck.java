package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The type and range check of one input value (FRAMEWORK.md §3). */
final class InputCheck {

	private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

	private InputCheck() {
	}

	/** Adds a violation and returns false when the value does not fit its spec. */
	static boolean check(LeafContext context, InputSpec spec, Object value) {
		String field = spec.name();
		int before = context.violations().size();
		switch (spec.type()) {
			case AMOUNT -> number(context, field, value, "negative", null, null);
			case COUNT -> count(context, field, value);
			case PERCENT -> number(context, field, value, "percentRange", BigDecimal.ZERO, MAX_PERCENT);
			case SCORE -> score(context, field, value, spec.max());
			case BOOLEAN -> {
				if (!(value instanceof Boolean)) {
					context.reject(field, "notBoolean");
				}
			}
			case OPTION, BAND -> {
				if (!(value instanceof String s) || !spec.options().contains(s)) {
					context.reject(field, spec.type() == InputType.BAND ? "unknownBand" : "unknownOption",
							String.join("、", spec.options()));
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

	private static void number(LeafContext context, String field, Object value, String rangeCode, BigDecimal min,
			BigDecimal max) {
		BigDecimal number = LeafInputs.toDecimal(value);
		if (number == null) {
			context.reject(field, "notNumber");
		}
		else if (number.signum() < 0 || (max != null && number.compareTo(max) > 0)) {
			context.reject(field, rangeCode);
		}
	}

	private static void count(LeafContext context, String field, Object value) {
		BigDecimal number = LeafInputs.toDecimal(value);
		if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
			context.reject(field, "notCount");
		}
	}

	private static void score(LeafContext context, String field, Object value, BigDecimal max) {
		BigDecimal number = LeafInputs.toDecimal(value);
		if (number == null) {
			context.reject(field, "notNumber");
		}
		else if (number.signum() < 0 || number.compareTo(max) > 0) {
			context.reject(field, "scoreRange", plain(max));
		}
		else if (number.stripTrailingZeros().scale() > 2) {
			context.reject(field, "scoreDecimals");
		}
	}

	private static void items(LeafContext context, String field, Object value, List<BigDecimal> points) {
		if (!(value instanceof List<?> list) || list.size() != points.size()) {
			context.reject(field, "itemsCount", points.size());
			return;
		}
		for (int i = 0; i < points.size(); i++) {
			BigDecimal number = LeafInputs.toDecimal(list.get(i));
			if (number == null || number.signum() < 0 || number.compareTo(points.get(i)) > 0) {
				context.reject(field, "itemRange", i + 1, plain(points.get(i)));
			}
			else if (number.stripTrailingZeros().scale() > 2) {
				context.reject(field, "scoreDecimals");
			}
		}
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}

package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input a rule component reads: its name in the evaluation document, its type and,
 * for scores, options and items, what is allowed.
 */
public record InputSpec(String name, InputType type, BigDecimal max, List<String> options, List<BigDecimal> itemPoints,
		boolean required) {

	public static InputSpec of(String name, InputType type) {
		return new InputSpec(name, type, null, List.of(), List.of(), true);
	}

	public static InputSpec score(String name, BigDecimal max) {
		return new InputSpec(name, InputType.SCORE, max, List.of(), List.of(), true);
	}

	public static InputSpec options(String name, List<String> options) {
		return new InputSpec(name, InputType.OPTION, null, List.copyOf(options), List.of(), true);
	}

	public static InputSpec items(String name, List<BigDecimal> points) {
		return new InputSpec(name, InputType.ITEMS, null, List.of(), List.copyOf(points), true);
	}

	public static InputSpec text(String name, boolean required) {
		return new InputSpec(name, InputType.TEXT, null, List.of(), List.of(), required);
	}

}

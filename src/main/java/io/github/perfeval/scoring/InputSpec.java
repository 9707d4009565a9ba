package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One input a rule component reads: its name in the evaluation document, its type and,
 * for scores, options and items, what is allowed. A score's {@code exactMax} is the bound
 * the check compares with; {@code max} is that bound as the user is shown it (exact when
 * its decimal expansion ends, else rounded down to two decimals: see
 * {@link Exact#shown}).
 */
public record InputSpec(String name, InputType type, BigDecimal max, List<String> options, List<BigDecimal> itemPoints,
		boolean required, BigFraction exactMax) {

	public static InputSpec of(String name, InputType type) {
		return new InputSpec(name, type, null, List.of(), List.of(), true, null);
	}

	public static InputSpec score(String name, BigDecimal max) {
		return new InputSpec(name, InputType.SCORE, max, List.of(), List.of(), true, Exact.of(max));
	}

	static InputSpec score(String name, BigFraction max) {
		return new InputSpec(name, InputType.SCORE, Exact.shown(max), List.of(), List.of(), true, max);
	}

	public static InputSpec options(String name, List<String> options) {
		return new InputSpec(name, InputType.OPTION, null, List.copyOf(options), List.of(), true, null);
	}

	static InputSpec band(String name, List<String> levels) {
		return new InputSpec(name, InputType.BAND, null, List.copyOf(levels), List.of(), true, null);
	}

	public static InputSpec items(String name, List<BigDecimal> points) {
		return new InputSpec(name, InputType.ITEMS, null, List.of(), List.copyOf(points), true, null);
	}

	public static InputSpec text(String name, boolean required) {
		return new InputSpec(name, InputType.TEXT, null, List.of(), List.of(), required, null);
	}

}

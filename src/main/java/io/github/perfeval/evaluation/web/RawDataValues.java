package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.scoring.InputSpec;

/**
 * Turns what a cell of the filled-in template holds (a number, a text, a boolean or
 * nothing) into the input value the scoring engine reads. A value that does not convert
 * is kept as typed, so that the engine's own check names the problem (应为数字, 应为“是”或“否”,
 * …).
 */
final class RawDataValues {

	private RawDataValues() {
	}

	/**
	 * @param cell null, {@link BigDecimal}, {@link String} or {@link Boolean}
	 * @param choices the accepted words of a yes/no, option or band input (lower case)
	 * and the value each stands for: 是 → true, an option's label or code → its code
	 */
	static Object toInput(InputSpec spec, Object cell, Map<String, Object> choices) {
		if (cell == null) {
			return null;
		}
		return switch (spec.type()) {
			case BOOLEAN, OPTION, BAND -> {
				if (cell instanceof Boolean flag) {
					yield flag;
				}
				String text = text(cell);
				yield choices.getOrDefault(text.toLowerCase(Locale.ROOT), text);
			}
			case TEXT -> text(cell);
			default -> number(cell);
		};
	}

	/**
	 * A number: numeric cells as they are, texts such as "1,234.5", "87.62%" or "3 万元"
	 * parsed.
	 */
	static Object number(Object cell) {
		if (cell instanceof BigDecimal number) {
			return plain(number);
		}
		if (!(cell instanceof String typed)) {
			return cell;
		}
		String text = typed.strip()
			.replace(",", "")
			.replace("，", "")
			.replace("－", "-")
			.replaceAll("(%|％|万元|元|分|个|人)$", "")
			.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return plain(new BigDecimal(text));
		}
		catch (NumberFormatException ex) {
			return typed.strip();
		}
	}

	/** The shortest form of a number: 1194.0 → 1194, 1.0E7 → 10000000, 0.25 stays. */
	static BigDecimal plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static String text(Object cell) {
		return cell instanceof BigDecimal number ? plain(number).toPlainString() : cell.toString().strip();
	}

}

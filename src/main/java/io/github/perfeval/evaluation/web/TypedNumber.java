package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of numbers as people type them, in the pages and in text cells of the
 * Excel template: thousands separators are allowed, and a unit after the number. The
 * field's own unit is accepted; another money unit is converted explicitly ({@code 5000元}
 * in a 万元 field is 0.5 万元, and the conversion is said); any other unit, an exponent
 * ({@code 1e5}) or anything that is not a number is kept as typed, with the reason, so
 * the page can show it and nothing typed is lost.
 */
final class TypedNumber {

	/** Money units by how many 元 they are. */
	private static final Map<String, BigDecimal> MONEY = Map.of("元", BigDecimal.ONE, "千元", BigDecimal.valueOf(1000),
			"万", BigDecimal.valueOf(10_000), "万元", BigDecimal.valueOf(10_000), "百万元", BigDecimal.valueOf(1_000_000),
			"亿", BigDecimal.valueOf(100_000_000), "亿元", BigDecimal.valueOf(100_000_000));

	private static final List<String> PERCENT = List.of("%", "％");

	private static final List<String> COUNTING = List.of("个", "人", "项", "次", "家", "户", "条", "份", "件", "人次");

	/** A number (digits and one point, a sign), then whatever follows: its unit. */
	private static final Pattern NUMBER = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(.*)");

	/**
	 * A number in scientific notation ({@code 1e5}, {@code 2.5E-3}): not a number as
	 * people type amounts, never read (nor expanded), and not a number with the unit "e5"
	 * either.
	 */
	private static final Pattern EXPONENT = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)[eE][+-]?\\d.*");

	/**
	 * Longer than any number within bounds can be written, separators and unit included.
	 */
	static final int MAX_TYPED = 40;

	private TypedNumber() {
	}

	/** What was typed, read. */
	sealed interface Result extends java.io.Serializable {

		/** The number, or null for an empty field. */
		default BigDecimal number() {
			return null;
		}

	}

	/** Nothing typed. */
	record Empty() implements Result {
	}

	/**
	 * A number in the field's unit; {@code typedUnit} is the other unit it was converted
	 * from, if any.
	 */
	record Value(BigDecimal number, String typed, String typedUnit) implements Result {

		boolean converted() {
			return typedUnit != null;
		}

	}

	/**
	 * Not a number in this field: {@code code} (under {@code violation.}) says why,
	 * {@code typed} is kept.
	 */
	record Unreadable(String typed, String code, List<Object> args) implements Result {
	}

	/** The unit the field is in: 万元 or 元 for amounts, % for percentages, 分 for scores. */
	enum Field {

		AMOUNT, PERCENT, COUNT, SCORE, PLAIN

	}

	static Result parse(String typed, Field field, String amountUnit) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return new Empty();
		}
		if (text.length() > MAX_TYPED) {
			return new Unreadable(text, "notNumber", List.of());
		}
		String compact = text.replace(",", "").replace("，", "").replace("－", "-").replaceAll("\\s+", "");
		Matcher matcher = NUMBER.matcher(compact);
		if (!matcher.matches() || EXPONENT.matcher(compact).matches()) {
			return new Unreadable(text, "notNumber", List.of());
		}
		BigDecimal number = new BigDecimal(matcher.group(1));
		String unit = matcher.group(2);
		if (unit.isEmpty()) {
			return new Value(number, text, null);
		}
		if (!looksLikeUnit(unit)) {
			// "19,608.5x", "1e5": a typo or an exponent, not a unit.
			return new Unreadable(text, field == Field.COUNT ? "notCount" : "notNumber", List.of());
		}
		return switch (field) {
			case AMOUNT -> money(text, number, unit, amountUnit);
			case PERCENT -> PERCENT.contains(unit) ? new Value(number, text, null) : wrongUnit(text, unit, "%");
			case SCORE -> "分".equals(unit) ? new Value(number, text, null) : wrongUnit(text, unit, "分");
			case COUNT ->
				COUNTING.contains(unit) ? new Value(number, text, null) : new Unreadable(text, "notCount", List.of());
			case PLAIN -> new Unreadable(text, "notNumber", List.of());
		};
	}

	private static Result money(String text, BigDecimal number, String unit, String amountUnit) {
		BigDecimal from = MONEY.get(unit);
		BigDecimal to = MONEY.get(amountUnit);
		if (from == null || to == null) {
			return wrongUnit(text, unit, amountUnit);
		}
		if (from.compareTo(to) == 0) {
			return new Value(number, text, null);
		}
		// Exact: both factors are powers of ten.
		int shift = to.precision() - from.precision();
		return new Value(shortest(number.movePointLeft(shift)), text, unit);
	}

	/** A unit people write after a number: Chinese characters, or a percent sign. */
	private static boolean looksLikeUnit(String unit) {
		return PERCENT.contains(unit)
				|| unit.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** 0.5000 → 0.5, 5E+3 → 5000. */
	private static BigDecimal shortest(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static Unreadable wrongUnit(String text, String unit, String expected) {
		return new Unreadable(text, "wrongUnit", List.of(unit, expected));
	}

	/**
	 * A stored number as a field shows it: plain digits, or as stored when it is too
	 * large to write out (a value from before the bounds).
	 */
	static String plain(BigDecimal number) {
		if (number == null) {
			return "";
		}
		if (Math.abs((long) number.precision() - number.scale()) > 40 || Math.abs(number.scale()) > 40) {
			return number.toString();
		}
		return number.toPlainString();
	}

}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 绩效指标 values of a 绩效目标完成情况自评表 as published — "≥190万人次", "90%以上", "等于100%",
 * "23.6", "无" — into 指标性质, 指标值, 单位 and 完成值, and writes them back. Plain Java.
 */
final class GoalValueParser {

	/**
	 * The 预期指标值: nature, value and unit; all null for a text that has a figure but no
	 * clear form.
	 */
	record Target(GoalNature nature, BigDecimal value, String unit) {
	}

	/** The 实际完成值 and its unit (the target's when the text names none). */
	record Achieved(BigDecimal value, String unit) {
	}

	private static final Pattern NUMBER = Pattern.compile("^[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

	private static final int UNIT_LENGTH = 32;

	/** Words before the figure, longest first so that ≥ is not read as a bare figure. */
	private static final Map<String, GoalNature> PREFIXES = sortedLongestFirst(
			Map.ofEntries(Map.entry("≥", GoalNature.GE), Map.entry("≧", GoalNature.GE), Map.entry(">=", GoalNature.GE),
					Map.entry(">", GoalNature.GE), Map.entry("大于等于", GoalNature.GE), Map.entry("大于或等于", GoalNature.GE),
					Map.entry("不低于", GoalNature.GE), Map.entry("不少于", GoalNature.GE), Map.entry("不小于", GoalNature.GE),
					Map.entry("至少", GoalNature.GE), Map.entry("大于", GoalNature.GE), Map.entry("高于", GoalNature.GE),
					Map.entry("超过", GoalNature.GE), Map.entry("≤", GoalNature.LE), Map.entry("≦", GoalNature.LE),
					Map.entry("<=", GoalNature.LE), Map.entry("<", GoalNature.LE), Map.entry("小于等于", GoalNature.LE),
					Map.entry("小于或等于", GoalNature.LE), Map.entry("不高于", GoalNature.LE), Map.entry("不超过", GoalNature.LE),
					Map.entry("不多于", GoalNature.LE), Map.entry("不大于", GoalNature.LE), Map.entry("至多", GoalNature.LE),
					Map.entry("小于", GoalNature.LE), Map.entry("低于", GoalNature.LE), Map.entry("控制在", GoalNature.LE),
					Map.entry("=", GoalNature.EQ), Map.entry("等于", GoalNature.EQ), Map.entry("达到", GoalNature.GE)));

	/** Words after the figure. */
	private static final Map<String, GoalNature> SUFFIXES = sortedLongestFirst(Map.of("及以上", GoalNature.GE, "以上",
			GoalNature.GE, "及以下", GoalNature.LE, "以下", GoalNature.LE, "以内", GoalNature.LE));

	private GoalValueParser() {
	}

	/** "≥190万人次" → GE 190 万人次; "100%" → EQ 100 %; "无" → 定性; "190-200万人次" → all null. */
	static Target target(String text) {
		String value = normalized(text);
		if (value.isEmpty()) {
			return new Target(null, null, null);
		}
		if (!value.matches(".*\\d.*")) {
			return new Target(GoalNature.QUALITATIVE, null, null);
		}
		GoalNature prefix = null;
		for (Map.Entry<String, GoalNature> entry : PREFIXES.entrySet()) {
			if (value.startsWith(entry.getKey())) {
				prefix = entry.getValue();
				value = value.substring(entry.getKey().length());
				break;
			}
		}
		Matcher number = NUMBER.matcher(value);
		if (!number.find()) {
			return new Target(null, null, null);
		}
		String rest = value.substring(number.end());
		GoalNature suffix = null;
		for (Map.Entry<String, GoalNature> entry : SUFFIXES.entrySet()) {
			if (rest.endsWith(entry.getKey())) {
				suffix = entry.getValue();
				rest = rest.substring(0, rest.length() - entry.getKey().length());
				break;
			}
		}
		if (!plainUnit(rest) || (prefix != null && suffix != null && prefix != suffix)) {
			return new Target(null, null, null);
		}
		GoalNature nature = prefix != null ? prefix : suffix != null ? suffix : GoalNature.EQ;
		return new Target(nature, decimal(number.group()), blankToNull(rest));
	}

	/** "189万人次" → 189 万人次; "23.6" with target unit % → 23.6 %; "已完成" → null. */
	static Achieved achieved(String text, String targetUnit) {
		String value = normalized(text);
		Matcher number = NUMBER.matcher(value);
		if (value.isEmpty() || !number.find()) {
			return null;
		}
		String rest = value.substring(number.end());
		if (!plainUnit(rest)) {
			return null;
		}
		return new Achieved(decimal(number.group()), rest.isEmpty() ? blankToNull(targetUnit) : rest);
	}

	/** The 预期指标值 as the table prints it: ≥190万人次, ≤23%, 100%; null for 定性 or no value. */
	static String targetText(GoalNature nature, BigDecimal target, String unit) {
		if (nature == null || !nature.quantitative() || target == null) {
			return null;
		}
		return (nature == GoalNature.EQ ? "" : nature.symbol()) + target.toPlainString() + Objects.toString(unit, "");
	}

	/** The 实际完成值 as the table prints it: 189万人次. */
	static String achievedText(BigDecimal achieved, String unit) {
		return achieved == null ? null : achieved.toPlainString() + Objects.toString(unit, "");
	}

	/**
	 * Makes an indicator's texts and structure say the same. With only the texts (and
	 * perhaps a unit), the structure is read from them. With a structure, a text is kept
	 * where it already says the same (so "23.6" stays as published), else written anew
	 * from the structure; 定性 texts are the values.
	 */
	static EvaluationDocument.GoalIndicator complete(EvaluationDocument.GoalIndicator indicator) {
		String expected = indicator.expected();
		String actual = indicator.actual();
		String unit = blankToNull(indicator.unit());
		if (indicator.nature() == null && indicator.target() == null && indicator.achieved() == null) {
			Target target = target(expected);
			String targetUnit = target.unit() != null ? target.unit() : unit;
			Achieved achieved = target.nature() == null || !target.nature().quantitative() ? null
					: achieved(actual, targetUnit);
			return with(indicator, expected, actual, target.nature(), target.value(),
					targetUnit != null ? targetUnit : achieved == null ? null : achieved.unit(),
					achieved == null ? null : achieved.value());
		}
		GoalNature nature = indicator.nature();
		if (nature == null || !nature.quantitative()) {
			return with(indicator, expected, actual, nature, indicator.target(), unit, indicator.achieved());
		}
		Target read = target(expected);
		boolean sameTarget = indicator.target() == null ? read.value() == null : read.nature() == nature
				&& same(read.value(), indicator.target()) && Objects.equals(read.unit(), unit);
		if (!sameTarget) {
			expected = targetText(nature, indicator.target(), unit);
		}
		Achieved done = achieved(actual, unit);
		boolean sameAchieved = indicator.achieved() == null ? done == null
				: done != null && same(done.value(), indicator.achieved()) && Objects.equals(done.unit(), unit);
		if (!sameAchieved) {
			actual = achievedText(indicator.achieved(), unit);
		}
		return with(indicator, expected, actual, nature, indicator.target(), unit, indicator.achieved());
	}

	private static EvaluationDocument.GoalIndicator with(EvaluationDocument.GoalIndicator indicator, String expected,
			String actual, GoalNature nature, BigDecimal target, String unit, BigDecimal achieved) {
		return new EvaluationDocument.GoalIndicator(indicator.level1(), indicator.level2(), indicator.name(), expected,
				actual, nature, target, unit, achieved, indicator.deviationReason(), indicator.points(),
				indicator.level());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	private static boolean plainUnit(String unit) {
		return unit.length() <= UNIT_LENGTH && !unit.matches(".*[\\d,.+\\-=<>≤≥].*");
	}

	private static BigDecimal decimal(String number) {
		return new BigDecimal(number.replace(",", ""));
	}

	/** Half-width signs and digits, no spaces: "等于 １００％" → "等于100%". */
	private static String normalized(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c >= '！' && c <= '～' && c != '，') {
				result.appendCodePoint(c - '！' + '!');
			}
			else if (c == '，') {
				result.append(',');
			}
			else if (!Character.isWhitespace(c) && c != '\u3000') {
				result.appendCodePoint(c);
			}
		});
		return result.toString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Map<String, GoalNature> sortedLongestFirst(Map<String, GoalNature> words) {
		Map<String, GoalNature> sorted = new LinkedHashMap<>();
		List.copyOf(words.keySet())
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.forEach(word -> sorted.put(word, words.get(word)));
		return sorted;
	}

}

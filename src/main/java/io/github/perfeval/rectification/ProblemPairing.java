package io.github.perfeval.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a 存在问题及改进措施 text becomes 整改事项, one paragraph a line (blank lines ignored).
 * <ul>
 * <li><b>Two sections</b> — a line that only names 存在问题 (存在问题, 一、存在的主要问题, （一）存在问题：) and
 * one that only names 改进措施 (二、改进措施, 整改措施): within each section a numbered paragraph (1. /
 * 1、 / （1） / （一） / 一、) starts a new problem or measure, an unnumbered one continues the
 * last. When both sections hold as many entries, problem n is paired with measure n;
 * otherwise every problem gets all the measures, numbered as written.</li>
 * <li><b>Entries</b> (no such section line) — as the report's draft writes them: a
 * paragraph numbered 1. / 1、 starts an item (a short title without a full stop, "1.
 * 政府采购执行情况", or the problem itself); 存在问题：… adds to its problem (and starts a new item
 * when the current one already has one), 改进措施：… / 整改措施：… to its measure, any other
 * paragraph to the part last written.</li>
 * <li>A text with neither numbers nor labels is one item, without a measure.</li>
 * </ul>
 * Texts over {@link RectificationLimits#PROBLEM_MAX} characters are cut with an ellipsis.
 */
final class ProblemPairing {

	/** One item to be: its problem and its measure (may be empty). */
	record Pair(String problem, String measure) {
	}

	private static final String CN_NUMBER = "[一二三四五六七八九十]{1,3}";

	private static final Pattern SECTION = Pattern.compile("^(?:[（(]?(?:" + CN_NUMBER
			+ "|\\d{1,2})[)）]?[、.．]?\\s*)?(?:部门整体支出绩效)?(?:(存在的?(?:主要)?问题)|((?:主要)?(?:改进|整改)措施(?:及建议)?|下一步(?:改进|整改)措施))[：:]?$");

	private static final Pattern SECTION_NUMBERED = Pattern.compile(
			"^(?:\\d{1,2}[.．、]|[（(](?:\\d{1,2}|" + CN_NUMBER + ")[)）]|" + CN_NUMBER + "、)\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern ENTRY_NUMBERED = Pattern.compile("^\\d{1,2}[.．、]\\s*(.+)$");

	private static final Pattern ISSUE_LABEL = Pattern.compile("^存在(?:的)?问题[：:]\\s*(.*)$");

	private static final Pattern MEASURE_LABEL = Pattern.compile("^(?:改进|整改)措施[：:]\\s*(.*)$");

	private ProblemPairing() {
	}

	static List<Pair> pairs(String text) {
		List<String> lines = lines(text);
		boolean sections = lines.stream().anyMatch(line -> SECTION.matcher(line).matches());
		List<Pair> pairs = sections ? bySections(lines) : byEntries(lines);
		return pairs.stream()
			.filter(pair -> !pair.problem().isBlank())
			.map(pair -> new Pair(cut(pair.problem(), RectificationLimits.PROBLEM_MAX),
					cut(pair.measure(), RectificationLimits.MEASURE_MAX)))
			.toList();
	}

	private static List<Pair> bySections(List<String> lines) {
		List<StringBuilder> problems = new ArrayList<>();
		List<StringBuilder> measures = new ArrayList<>();
		List<StringBuilder> current = problems;
		for (String line : lines) {
			Matcher section = SECTION.matcher(line);
			if (section.matches()) {
				current = section.group(1) != null ? problems : measures;
				continue;
			}
			Matcher numbered = SECTION_NUMBERED.matcher(line);
			if (numbered.matches() || current.isEmpty()) {
				current.add(new StringBuilder(line));
			}
			else {
				current.get(current.size() - 1).append('\n').append(line);
			}
		}
		List<Pair> pairs = new ArrayList<>();
		String allMeasures = String.join("\n", measures);
		for (int i = 0; i < problems.size(); i++) {
			String measure = problems.size() == measures.size() ? strip(measures.get(i).toString()) : allMeasures;
			pairs.add(new Pair(strip(problems.get(i).toString()), measure));
		}
		return pairs;
	}

	private static List<Pair> byEntries(List<String> lines) {
		List<Entry> entries = new ArrayList<>();
		Entry entry = null;
		for (String line : lines) {
			Matcher issue = ISSUE_LABEL.matcher(line);
			Matcher measure = MEASURE_LABEL.matcher(line);
			Matcher numbered = ENTRY_NUMBERED.matcher(line);
			if (numbered.matches()) {
				entry = new Entry();
				entries.add(entry);
				entry.add(false, numbered.group(1));
			}
			else if (issue.matches()) {
				if (entry == null || entry.hasIssue) {
					entry = new Entry();
					entries.add(entry);
				}
				entry.hasIssue = true;
				entry.add(false, issue.group(1));
			}
			else if (measure.matches()) {
				if (entry == null) {
					entry = new Entry();
					entries.add(entry);
				}
				entry.add(true, measure.group(1));
			}
			else {
				if (entry == null) {
					entry = new Entry();
					entries.add(entry);
				}
				entry.add(entry.inMeasure, line);
			}
		}
		return entries.stream().map(e -> new Pair(e.problem.toString(), e.measure.toString())).toList();
	}

	/**
	 * An item being read: its problem, its measure, and which one a paragraph adds to.
	 */
	private static final class Entry {

		final StringBuilder problem = new StringBuilder();

		final StringBuilder measure = new StringBuilder();

		boolean inMeasure;

		boolean hasIssue;

		void add(boolean toMeasure, String text) {
			inMeasure = toMeasure;
			if (text.isBlank()) {
				return;
			}
			StringBuilder part = toMeasure ? measure : problem;
			if (!part.isEmpty()) {
				part.append('\n');
			}
			part.append(text.strip());
		}

	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String strip(String numbered) {
		Matcher matcher = SECTION_NUMBERED.matcher(numbered);
		return matcher.matches() && !matcher.group(1).isBlank() ? numbered.substring(matcher.start(1)) : numbered;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}

package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.GoalScoring;
import io.github.perfeval.evaluation.GoalNature;
import io.github.perfeval.evaluation.GoalReportService;

/**
 * The 绩效目标完成情况自评表 as the page shows it: every value as typed (so an invalid one comes
 * back with its message), 金额合计 computed and compared with the stated totals, and each
 * indicator that missed its target marked. {@code errors} maps a field name to its
 * message. Amounts are read as {@link TypedNumber} reads them, in the report's unit.
 * {@code scoring}: how the framework scores the indicators (分值, 得分, 完成档次), null when it
 * does not.
 */
record GoalPageView(EvaluationSummary evaluation, boolean editable, long version, String unit, List<TaskRow> tasks,
		Map<String, String> sums, Map<String, String> stated, Map<String, Boolean> mismatch, String expected,
		String actual, List<IndicatorRow> indicators, Map<String, String> errors, GoalScoring scoring) {

	static final List<String> UNITS = List.of("元", "万元");

	static final List<String> NATURES = List.of("GE", "LE", "EQ", "QUALITATIVE");

	/** Empty rows shown below the filled ones, to add a task or an indicator. */
	static final int BLANK_ROWS = 2;

	/**
	 * A task row as typed; {@code stored}: the position of the stored row it shows, null
	 * for a row added on the page.
	 */
	record TaskRow(int index, Integer stored, String name, String content, String completion,
			Map<String, String> amounts) {

		TaskRow storedAt(Integer position) {
			return new TaskRow(index, position, name, content, completion, amounts);
		}

	}

	/**
	 * An indicator row as typed. {@code expectedText} / {@code actualText}: the published
	 * texts a quantitative row was read from, kept when its values still say the same;
	 * {@code stored} as for {@link TaskRow}.
	 */
	record IndicatorRow(int index, Integer stored, String level1, String level2, String name, String nature,
			String target, String unit, String achieved, String reason, String expectedText, String actualText,
			String points, String level) {

		IndicatorRow storedAt(Integer position) {
			return new IndicatorRow(index, position, level1, level2, name, nature, target, unit, achieved, reason,
					expectedText, actualText, points, level);
		}

		public GoalNature natureValue() {
			return NATURES.contains(nature) ? GoalNature.valueOf(nature) : null;
		}

		public boolean quantitative() {
			return natureValue() != null && natureValue().quantitative();
		}

		/** The 完成值 is on the wrong side of the 指标值 (both numbers). */
		public boolean missed() {
			return quantitative() && natureValue().missed(number(target, unit), number(achieved, unit));
		}

		/** Missed, and no 偏差原因 given yet. */
		public boolean needsReason() {
			return missed() && reason.isEmpty();
		}

	}

	static GoalPageView of(GoalReportService.GoalSheet sheet) {
		EvaluationDocument.GoalReport report = sheet.report();
		List<TaskRow> tasks = new ArrayList<>();
		List<IndicatorRow> indicators = new ArrayList<>();
		Map<String, String> stated = new LinkedHashMap<>();
		GoalForm.AMOUNTS.forEach(column -> stated.put(column, ""));
		String expected = "";
		String actual = "";
		String unit = defaultUnit(sheet);
		if (report != null) {
			if (report.tasks() != null) {
				for (EvaluationDocument.GoalTask task : report.tasks()) {
					Map<String, String> amounts = new LinkedHashMap<>();
					amounts.put("budgetTotal", amount(task.budgetTotal()));
					amounts.put("budgetFiscal", amount(task.budgetFiscal()));
					amounts.put("actualTotal", amount(task.actualTotal()));
					amounts.put("actualFiscal", amount(task.actualFiscal()));
					tasks.add(new TaskRow(tasks.size(), tasks.size(), text(task.name()), text(task.content()),
							text(task.completion()), amounts));
				}
			}
			EvaluationDocument.Money totals = report.totals();
			if (totals != null) {
				stated.put("budgetTotal", amount(totals.budgetTotal()));
				stated.put("budgetFiscal", amount(totals.budgetFiscal()));
				stated.put("actualTotal", amount(totals.actualTotal()));
				stated.put("actualFiscal", amount(totals.actualFiscal()));
			}
			if (report.annualGoal() != null) {
				expected = text(report.annualGoal().expected());
				actual = text(report.annualGoal().actual());
			}
			if (report.indicators() != null) {
				report.indicators().forEach(indicator -> indicators.add(row(indicators.size(), indicator)));
			}
		}
		return of(sheet.evaluation(), sheet.editable(), sheet.evaluation().version(), unit, tasks, stated, expected,
				actual, indicators, Map.of());
	}

	static GoalPageView of(EvaluationSummary evaluation, boolean editable, long version, String unit,
			List<TaskRow> tasks, Map<String, String> stated, String expected, String actual,
			List<IndicatorRow> indicators, Map<String, String> errors) {
		Map<String, String> sums = new LinkedHashMap<>();
		Map<String, Boolean> mismatch = new LinkedHashMap<>();
		for (String column : GoalForm.AMOUNTS) {
			BigDecimal sum = tasks.isEmpty() ? null : BigDecimal.ZERO;
			for (TaskRow task : tasks) {
				String typed = task.amounts().get(column);
				BigDecimal amount = amount(typed, unit);
				sum = sum == null || (amount == null && !typed.isEmpty()) ? null
						: amount == null ? sum : sum.add(amount);
			}
			BigDecimal declared = amount(stated.get(column), unit);
			sums.put(column, sum == null ? "" : grouped(sum.setScale(Math.max(2, sum.scale()))));
			mismatch.put(column, sum != null && declared != null && sum.compareTo(declared) != 0);
		}
		return new GoalPageView(evaluation, editable, version, unit, tasks, sums, stated, mismatch, expected, actual,
				indicators, errors, null);
	}

	GoalPageView withScoring(GoalScoring newScoring) {
		return new GoalPageView(evaluation, editable, version, unit, tasks, sums, stated, mismatch, expected, actual,
				indicators, errors, newScoring);
	}

	/** The 得分 of a row as shown (2 decimals), empty when it has none. */
	public String score(IndicatorRow row) {
		java.math.BigDecimal score = scoring == null ? null : scoring.score(row.stored());
		return score == null ? "" : score.setScale(2).toPlainString();
	}

	/** A total of 分值 as written: 100, 92.5. */
	public String plain(java.math.BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** A figure or a score with thousands separators and two decimals; — when unknown. */
	public String figure(java.math.BigDecimal value) {
		return value == null ? "—" : grouped(value.setScale(Math.max(2, value.scale())));
	}

	/**
	 * The unit of a 自评表 that has none stored: the evaluation's (万元 or 元).
	 */
	static String defaultUnit(GoalReportService.GoalSheet sheet) {
		EvaluationDocument.GoalReport report = sheet.report();
		if (report != null && report.unit() != null && !report.unit().isBlank()) {
			return report.unit();
		}
		String unit = sheet.evaluation().unit();
		return unit == null || unit.isBlank() ? UNITS.get(1) : unit;
	}

	/** Units to choose from: 元 and 万元, and the stored one if it is neither. */
	public List<String> units() {
		return UNITS.contains(unit) ? UNITS : List.of(unit, UNITS.get(0), UNITS.get(1));
	}

	public List<String> amountColumns() {
		return GoalForm.AMOUNTS;
	}

	public List<String> natures() {
		return NATURES;
	}

	public long missedCount() {
		return indicators.stream().filter(IndicatorRow::missed).count();
	}

	public boolean anyMismatch() {
		return mismatch.containsValue(Boolean.TRUE);
	}

	/** The row numbers of the empty rows after {@code filled} rows. */
	static List<Integer> blankRows(int filled) {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(filled + i);
		}
		return rows;
	}

	public List<Integer> blankTaskRows() {
		return blankRows(tasks.size());
	}

	public List<Integer> blankIndicatorRows() {
		return blankRows(indicators.size());
	}

	/** The number the next row added in the browser takes: after the blank rows. */
	public int nextTaskIndex() {
		return tasks.size() + BLANK_ROWS;
	}

	public int nextIndicatorIndex() {
		return indicators.size() + BLANK_ROWS;
	}

	/** The problem of a field, or null. */
	public String error(String field) {
		return errors.get(field);
	}

	/** The CSS class of a field with a problem. */
	public String invalid(String field) {
		return errors.containsKey(field) ? "invalid" : "";
	}

	/**
	 * The stored indicator as its row: numbers for =, ≥, ≤; the texts themselves for 定性
	 * or unclear ones.
	 */
	private static IndicatorRow row(int index, EvaluationDocument.GoalIndicator indicator) {
		GoalNature nature = indicator.nature();
		String unit = text(indicator.unit());
		if (nature != null && nature.quantitative()) {
			String achieved = indicator.achieved() != null ? indicator.achieved().toPlainString()
					: text(indicator.actual());
			return new IndicatorRow(index, index, text(indicator.level1()), text(indicator.level2()),
					text(indicator.name()), nature.name(), plain(indicator.target(), indicator.expected()), unit,
					achieved, text(indicator.deviationReason()), indicator.expected(), indicator.actual(),
					points(indicator.points()), text(indicator.level()));
		}
		return new IndicatorRow(index, index, text(indicator.level1()), text(indicator.level2()),
				text(indicator.name()), nature == null ? "" : nature.name(), text(indicator.expected()), unit,
				text(indicator.actual()), text(indicator.deviationReason()), null, null, points(indicator.points()),
				text(indicator.level()));
	}

	/**
	 * An 指标值 or 完成值 as typed, read by {@link TypedNumber}: thousands separators allowed,
	 * and the row's own unit after it (190万人次 with 单位 万人次); any other unit, an exponent
	 * or anything else is unreadable.
	 */
	static TypedNumber.Result value(String typed, String unit) {
		String text = typed == null ? "" : typed.strip();
		String own = unit == null ? "" : unit.strip();
		if (!own.isEmpty() && text.endsWith(own)) {
			text = text.substring(0, text.length() - own.length()).strip();
			if (text.isEmpty()) {
				return new TypedNumber.Unreadable(typed.strip(), "notNumber", List.of());
			}
		}
		return TypedNumber.parse(text, TypedNumber.Field.PLAIN, null);
	}

	/** An 指标值 or 完成值 as a number; null when empty or unreadable. */
	static BigDecimal number(String typed, String unit) {
		return value(typed, unit) instanceof TypedNumber.Value number ? number.number() : null;
	}

	/**
	 * An amount as typed, in the report's unit (another money unit is converted); null
	 * when empty or unreadable.
	 */
	static BigDecimal amount(String typed, String unit) {
		return TypedNumber.parse(typed, TypedNumber.Field.AMOUNT, unit) instanceof TypedNumber.Value number
				? number.number() : null;
	}

	private static String points(BigDecimal points) {
		return points == null ? "" : points.stripTrailingZeros().toPlainString();
	}

	private static String plain(BigDecimal value, String fallback) {
		return value != null ? value.toPlainString() : text(fallback);
	}

	/** An amount with thousands separators and its own decimals: 19,188,493.50. */
	private static String amount(BigDecimal value) {
		return value == null ? "" : grouped(value);
	}

	private static String grouped(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		return format.format(value);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}

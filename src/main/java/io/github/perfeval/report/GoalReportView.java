package io.github.perfeval.report;

import java.util.List;

/** 部门（单位）整体支出绩效目标完成情况自评表, amounts formatted in its own unit (元). */
record GoalReportView(String department, String yearText, String unit, List<Task> tasks, Task totals, String expected,
		String actual, List<IndicatorRow> indicators, boolean withDeviation) {

	record Task(String name, String content, String completion, String budgetTotal, String budgetFiscal,
			String actualTotal, String actualFiscal) {
	}

	/**
	 * A 绩效指标 row; {@code level1Span} / {@code level2Span} 0 on rows that a merged cell
	 * covers.
	 */
	record IndicatorRow(String level1, int level1Span, String level2, int level2Span, String name, String expected,
			String actual, String deviation, boolean missed) {
	}

}

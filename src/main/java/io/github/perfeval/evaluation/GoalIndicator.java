package io.github.perfeval.evaluation;

import jakarta.persistence.Embeddable;

/** 年度绩效指标 of the 绩效目标完成情况自评表: expected and achieved values. */
@Embeddable
record GoalIndicator(String level1, String level2, String name, String expected, String actual,
		String deviationReason) {
}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 年度绩效指标 of the 绩效目标完成情况自评表: the expected and achieved values as published, and as 指标性质,
 * 指标值, 单位 and 完成值.
 */
@Embeddable
record GoalIndicator(String level1, String level2, String name, String expected, String actual,
		@Enumerated(EnumType.STRING) GoalNature nature, BigDecimal target, String unit, BigDecimal achieved,
		String deviationReason, BigDecimal points, String level) {

	static GoalIndicator of(EvaluationDocument.GoalIndicator indicator) {
		return new GoalIndicator(indicator.level1(), indicator.level2(), indicator.name(), indicator.expected(),
				indicator.actual(), indicator.nature(), indicator.target(), indicator.unit(), indicator.achieved(),
				indicator.deviationReason(), indicator.points(), indicator.level());
	}

	EvaluationDocument.GoalIndicator toDocument() {
		return new EvaluationDocument.GoalIndicator(level1, level2, name, expected, actual, nature, target, unit,
				achieved, deviationReason, points, level);
	}

}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** 年度主要任务 of the 绩效目标完成情况自评表. */
@Embeddable
record GoalTask(String name, String content, String completion, BigDecimal budgetTotal, BigDecimal budgetFiscal,
		BigDecimal actualTotal, BigDecimal actualFiscal) {

	static GoalTask of(EvaluationDocument.GoalTask task) {
		return new GoalTask(task.name(), task.content(), task.completion(), task.budgetTotal(), task.budgetFiscal(),
				task.actualTotal(), task.actualFiscal());
	}

	EvaluationDocument.GoalTask toDocument() {
		return new EvaluationDocument.GoalTask(name, content, completion, budgetTotal, budgetFiscal, actualTotal,
				actualFiscal);
	}

}

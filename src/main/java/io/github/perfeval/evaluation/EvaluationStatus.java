package io.github.perfeval.evaluation;

/** 状态: 草稿 → 已提交 → 已审定, or back to the filler as 退回. */
public enum EvaluationStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED

}

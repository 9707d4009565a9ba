package io.github.perfeval.access;

/**
 * The state both departments' evaluations are put in before an endpoint is tried, so that
 * its act is possible: 草稿 for the filler's, 已提交 for the reviewer's, 退回 with a remark for
 * the answer, 已审定 for reopening (and 生成整改事项), 已审定 with 整改事项 whose first is 已完成 for the
 * acts on them.
 */
enum EvaluationState {

	DRAFT, SUBMITTED, RETURNED_WITH_REMARK, APPROVED, RECTIFYING

}

package io.github.perfeval.evaluation;

import java.util.List;

/**
 * What happened to an evaluation, as its aggregate records it: the audit trail listens to
 * these, in the transaction that made the change.
 */
public sealed interface EvaluationEvent {

	long evaluationId();

	String actor();

	/**
	 * 新建 or 导入; a new one started from an earlier year's evaluation names that year
	 * ({@code fromYear}, else null) and whether its 个性指标 and weights came along.
	 */
	record Created(long evaluationId, String actor, int year, boolean imported, Integer fromYear,
			boolean customIndicatorsCopied) implements EvaluationEvent {

		public Created(long evaluationId, String actor, int year, boolean imported) {
			this(evaluationId, actor, year, imported, null, false);
		}

	}

	/**
	 * A save of the editor, the 自评表 page or the Excel template: what changed, field by
	 * field.
	 */
	record ContentChanged(long evaluationId, String actor, String source,
			List<Change> changes) implements EvaluationEvent {
	}

	/** 提交, 退回, 审核通过, 重新打开: a transition of the workflow with its reason or opinion. */
	record StatusChanged(long evaluationId, String actor, EvaluationStatus from, EvaluationStatus to, Integer level,
			String transition, String reason) implements EvaluationEvent {
	}

	/**
	 * A reviewer's 调整得分 set, changed or cleared ({@code score} null), with its reason.
	 */
	record OverrideChanged(long evaluationId, String actor, String leafCode, String oldScore, String newScore,
			String reason) implements EvaluationEvent {
	}

	/** 审核意见 on a leaf (or the evaluation, {@code leafCode} null). */
	record Commented(long evaluationId, String actor, String leafCode, String text) implements EvaluationEvent {
	}

	/** The filler's 情况说明 to a remark. */
	record Answered(long evaluationId, String actor, String leafCode, String text) implements EvaluationEvent {
	}

	/**
	 * A 佐证材料 file added ({@code added}) or deleted ({@code removed}) on a leaf (or the
	 * evaluation, {@code leafCode} null), each as its name and size.
	 */
	record EvidenceChanged(long evaluationId, String actor, String leafCode, String removed,
			String added) implements EvaluationEvent {
	}

	/**
	 * A 个性指标 added, changed or removed, or a framework leaf's weight changed, in the
	 * editor: the leaf, its name, the field ({@code customName} or {@code customWeight}),
	 * old → new.
	 */
	record IndicatorCustomized(long evaluationId, String actor, Customizing change, String leafCode, String name,
			String field, String oldValue, String newValue) implements EvaluationEvent {
	}

	/** What a {@link IndicatorCustomized} did. */
	enum Customizing {

		ADDED, CHANGED, REMOVED, WEIGHT

	}

	/**
	 * One value that changed: the leaf it belongs to (null outside the leaves), its
	 * field, old → new.
	 */
	record Change(String leafCode, String field, String oldValue, String newValue) {
	}

}

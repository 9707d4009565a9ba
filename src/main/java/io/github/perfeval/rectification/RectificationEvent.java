package io.github.perfeval.rectification;

import java.util.List;

/**
 * What happened to the 整改事项 of an evaluation, as the aggregate records it: the audit
 * trail of the evaluation listens, in the transaction of the change. {@code position} is
 * the item's number (整改事项 3).
 */
public sealed interface RectificationEvent {

	long evaluationId();

	String actor();

	/** 生成整改事项: how many items the 存在问题 made. */
	record Generated(long evaluationId, String actor, int count) implements RectificationEvent {
	}

	/**
	 * The filler changed an item's texts, 责任科室, 期限 or notes: field by field, old → new.
	 */
	record Edited(long evaluationId, String actor, int position, List<Change> changes) implements RectificationEvent {

		public Edited {
			changes = List.copyOf(changes);
		}

	}

	/** The filler moved an item from one status to another. */
	record StatusMoved(long evaluationId, String actor, int position, RectificationStatus from,
			RectificationStatus to) implements RectificationEvent {
	}

	/** A reviewer confirmed a 已完成 item: it is closed. */
	record Confirmed(long evaluationId, String actor, int position) implements RectificationEvent {
	}

	/** A reviewer sent a 已完成 item back to 整改中, with the reason. */
	record SentBack(long evaluationId, String actor, int position, String reason) implements RectificationEvent {
	}

	/**
	 * The filler uploaded ({@code added}) or removed ({@code removed}) a 佐证材料 file of an
	 * item, each as the file's name and size.
	 */
	record EvidenceChanged(long evaluationId, String actor, int position, String removed,
			String added) implements RectificationEvent {
	}

	/**
	 * One field that changed ({@code problem}, {@code measure}, {@code office},
	 * {@code deadline}, {@code progressNote}, {@code evidenceNote}).
	 */
	record Change(String field, String oldValue, String newValue) {
	}

}

package io.github.perfeval.rectification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 整改事项 as pages, the next year's evaluation and the report read it: its number, texts,
 * 责任科室, 期限, status, notes, how many 佐证材料 files it has and the reviewer's confirmation;
 * {@code version} for the form that saves it.
 */
public record RectificationLine(long id, long evaluationId, int year, int position, String problem, String measure,
		String office, LocalDate deadline, RectificationStatus status, String progressNote, String evidenceNote,
		String returnReason, String confirmedBy, Instant confirmedAt, String updatedBy, Instant updatedAt, long version,
		int evidenceFiles) {

	static RectificationLine of(RectificationItem item, int evidenceFiles) {
		return new RectificationLine(item.getId(), item.getEvaluationId(), item.getYear(), item.getPosition(),
				item.getProblem(), item.getMeasure(), item.getOffice(), item.getDeadline(), item.getStatus(),
				item.getProgressNote(), item.getEvidenceNote(), item.getReturnReason(), item.getConfirmedBy(),
				item.getConfirmedAt(), item.getUpdatedBy(), item.getUpdatedAt(), item.getVersion(), evidenceFiles);
	}

	public boolean confirmed() {
		return confirmedAt != null;
	}

	/** Open until a reviewer confirms it 已完成. */
	public boolean open() {
		return confirmedAt == null;
	}

	/** Past its 期限 on {@code today} and not yet 已完成. */
	public boolean overdue(LocalDate today) {
		return deadline != null && status != RectificationStatus.DONE && deadline.isBefore(today);
	}

}

package io.github.perfeval.rectification;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationNotFoundException;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evidence.EvidenceNotFoundException;
import io.github.perfeval.evidence.EvidenceRefusedException;
import io.github.perfeval.evidence.ItemEvidenceOwner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 整改事项 as an owner of 佐证材料: whoever sees the evaluation sees and downloads its files;
 * its department's filler (or an administrator) uploads and removes them until a reviewer
 * confirms the item, which freezes them. Each change is an event of the item, so the
 * audit trail records it.
 */
@Component
class RectificationEvidence implements ItemEvidenceOwner {

	/** The kind stored with each file of a 整改事项. */
	static final String KIND = "RECTIFICATION";

	private final RectificationItemRepository items;

	private final EvaluationService evaluations;

	private final EntityManager entityManager;

	RectificationEvidence(RectificationItemRepository items, EvaluationService evaluations,
			EntityManager entityManager) {
		this.items = items;
		this.evaluations = evaluations;
		this.entityManager = entityManager;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public ItemScope scope(long evaluationId, long itemId, Viewer viewer) {
		boolean fills;
		try {
			fills = evaluations.fillsIn(evaluationId, viewer);
		}
		catch (EvaluationNotFoundException ex) {
			throw new EvidenceNotFoundException(evaluationId);
		}
		RectificationItem item = items.findByIdAndEvaluationId(itemId, evaluationId)
			.orElseThrow(() -> new EvidenceNotFoundException(evaluationId));
		return new ItemScope(evaluationId, itemId, fills, fills && item.isOpen());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void change(long evaluationId, long itemId, Viewer viewer, Change change) {
		if (!evaluations.fillsIn(evaluationId, viewer)) {
			throw new EvidenceRefusedException("notFiller", null);
		}
		// Held until the transaction ends and read again under the hold: a confirmation
		// committed a moment ago is seen, one that comes later waits.
		RectificationItem item = items.findByIdAndEvaluationId(itemId, evaluationId)
			.orElseThrow(() -> new EvidenceNotFoundException(evaluationId));
		entityManager.refresh(item, LockModeType.PESSIMISTIC_WRITE);
		if (!item.isOpen()) {
			throw new EvidenceRefusedException("itemClosed", null);
		}
		item.evidenceChanged(viewer.username(), change.removed(), change.added(), change.filesAfter());
		items.save(item);
	}

}

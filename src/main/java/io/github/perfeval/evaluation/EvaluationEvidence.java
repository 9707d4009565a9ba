package io.github.perfeval.evaluation;

import java.util.List;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evidence.EvidenceNotFoundException;
import io.github.perfeval.evidence.EvidenceOwner;
import io.github.perfeval.evidence.EvidenceRefusedException;
import io.github.perfeval.scoring.Indicator;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation as the owner of its 佐证材料: whoever sees the evaluation sees its files;
 * its filler (or an administrator) changes them while it is a draft or returned, and each
 * change is an event of the evaluation, so the audit trail records it and an approval
 * freezes the files with everything else.
 */
@Component
class EvaluationEvidence implements EvidenceOwner {

	private final EvaluationService service;

	private final EvaluationRepository evaluations;

	private final EntityManager entityManager;

	EvaluationEvidence(EvaluationService service, EvaluationRepository evaluations, EntityManager entityManager) {
		this.service = service;
		this.evaluations = evaluations;
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public Scope scope(long evaluationId, Viewer viewer) {
		Evaluation evaluation;
		try {
			evaluation = service.visibleEvaluation(evaluationId, viewer);
		}
		catch (EvaluationNotFoundException ex) {
			throw new EvidenceNotFoundException(evaluationId);
		}
		List<Leaf> leaves = service.tree(evaluation)
			.leaves()
			.stream()
			.map((Indicator leaf) -> new Leaf(leaf.code(), leaf.name()))
			.toList();
		return new Scope(evaluationId, service.departmentOf(evaluation).name(), evaluation.getYear(),
				evaluation.getStatus().name(), EvaluationService.fillsIn(evaluation, viewer),
				EvaluationService.fillsIn(evaluation, viewer) && evaluation.isEditable(), leaves);
	}

	@Override
	@Transactional(readOnly = true)
	public void requireVisible(long evaluationId, Viewer viewer) {
		try {
			service.visibleEvaluation(evaluationId, viewer);
		}
		catch (EvaluationNotFoundException ex) {
			throw new EvidenceNotFoundException(evaluationId);
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void change(long evaluationId, Viewer viewer, Change change) {
		Evaluation evaluation = evaluations.findById(evaluationId)
			.filter(found -> EvaluationService.fillsIn(found, viewer))
			.orElseThrow(() -> new EvidenceRefusedException("notFiller", change.leafCode()));
		// Held (FOR SHARE) until the transaction ends, and read again under the hold: a
		// submission committed a moment ago is seen, one that comes later waits.
		evaluations.hold(evaluationId);
		entityManager.refresh(evaluation);
		try {
			evaluation.evidenceChanged(viewer.username(), change.leafCode(), change.removed(), change.added());
		}
		catch (TransitionRefusedException ex) {
			throw new EvidenceRefusedException("notEditable", change.leafCode());
		}
		evaluations.save(evaluation);
	}

}

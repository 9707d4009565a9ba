package io.github.perfeval.evaluation;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves an evaluation's 部门整体支出绩效目标完成情况自评表, for the viewer's departments only:
 * saving needs an editable evaluation and the version the page was read at.
 */
@Service
@Transactional(readOnly = true)
public class GoalReportService {

	private final EvaluationService evaluations;

	private final EvaluationRepository repository;

	private final AuditTrail audit;

	GoalReportService(EvaluationService evaluations, EvaluationRepository repository, AuditTrail audit) {
		this.evaluations = evaluations;
		this.repository = repository;
		this.audit = audit;
	}

	/**
	 * The evaluation, whether the viewer may change it now, and its 自评表 (null while
	 * empty).
	 */
	public record GoalSheet(EvaluationSummary evaluation, boolean editable, EvaluationDocument.GoalReport report) {
	}

	public GoalSheet read(long id, Viewer viewer) {
		EvaluationSummary summary = evaluations.summary(id, viewer);
		Evaluation evaluation = repository.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
		return new GoalSheet(summary, evaluations.canEdit(id, viewer), DocumentMapping.goalReport(evaluation));
	}

	/**
	 * Replaces the 自评表. Fails without writing when the evaluation is not editable by the
	 * viewer ({@link NotEditableException}) or someone saved since {@code version}
	 * ({@link StaleEvaluationException}).
	 */
	@Transactional
	public EvaluationSummary save(long id, Viewer viewer, long version, EvaluationDocument.GoalReport report) {
		if (!evaluations.canEdit(id, viewer)) {
			throw new NotEditableException("Evaluation " + id + " is not editable by " + viewer.username());
		}
		Evaluation evaluation = repository.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
		evaluation.expectVersion(version);
		DocumentMapping.writeGoalReport(report, evaluation);
		repository.saveAndFlush(evaluation);
		audit.record(id, viewer.username(), "GOALS_SAVED", null);
		return evaluations.summary(id, viewer);
	}

}

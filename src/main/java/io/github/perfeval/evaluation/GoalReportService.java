package io.github.perfeval.evaluation;

import java.util.List;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.scoring.Violation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves an evaluation's 部门整体支出绩效目标完成情况自评表, for the viewer's departments only:
 * saving needs an editable evaluation and the version the page was read at. What cannot
 * be stored (a text longer than its column, a control character, an amount out of bounds,
 * a row without a name) keeps its stored value while the rest is saved; the bounds are
 * {@link DocumentCheck}'s.
 */
@Service
@Transactional(readOnly = true)
public class GoalReportService {

	private final EvaluationService evaluations;

	private final EvaluationRepository repository;

	private final InputLimits limits;

	private final SheetMessages messages;

	GoalReportService(EvaluationService evaluations, EvaluationRepository repository, InputLimits limits,
			SheetMessages messages) {
		this.messages = messages;
		this.evaluations = evaluations;
		this.repository = repository;
		this.limits = limits;
	}

	/**
	 * The evaluation, whether the viewer may change it now, and its 自评表 (null while
	 * empty).
	 */
	public record GoalSheet(EvaluationSummary evaluation, boolean editable, EvaluationDocument.GoalReport report,
			GoalScoring scoring) {
	}

	public GoalSheet read(long id, Viewer viewer) {
		EvaluationSummary summary = evaluations.summary(id, viewer);
		Evaluation evaluation = repository.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
		return new GoalSheet(summary, evaluations.canEdit(id, viewer), DocumentMapping.goalReport(evaluation),
				evaluations.goalScoring(evaluation, messages));
	}

	/**
	 * The result of a save. {@code written}: false when the draft had more rows than
	 * allowed and nothing was written. {@code notStored}: the fields that kept their
	 * stored value, each with its problem. {@code taskPositions} /
	 * {@code indicatorPositions}: where each row of the draft is stored now, null for a
	 * row left out.
	 */
	public record SavedGoals(EvaluationSummary evaluation, boolean written, List<Violation> notStored,
			List<Integer> taskPositions, List<Integer> indicatorPositions) {
	}

	/**
	 * What in the draft cannot be stored as typed (besides the fields it could not read),
	 * without saving anything.
	 */
	public List<Violation> problems(GoalDraft draft) {
		return DocumentCheck.checkGoalReport(draft.report(), limits);
	}

	/**
	 * Replaces the 自评表 with the draft, each field that cannot be stored keeping its
	 * stored value. Only the department's 填报人 or an administrator saves it
	 * ({@code AccessDeniedException} for anyone else). A draft with more rows than
	 * {@code perfeval.limits.goal-*} is refused before any work. Fails without writing
	 * when the evaluation is not editable now ({@link NotEditableException}) or someone
	 * saved since the draft's version ({@link StaleEvaluationException}).
	 */
	@Transactional
	public SavedGoals save(long id, Viewer viewer, GoalDraft draft) {
		if (!evaluations.fillsIn(id, viewer)) {
			throw new AccessDeniedException("Only the department's staff fill in its 自评表");
		}
		List<Violation> problems = problems(draft);
		if (DocumentCheck.tooLarge(problems)) {
			return new SavedGoals(evaluations.summary(id, viewer), false, problems, null, null);
		}
		if (!evaluations.canEdit(id, viewer)) {
			throw new NotEditableException("Evaluation " + id + " is not editable by " + viewer.username());
		}
		Evaluation evaluation = repository.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
		evaluation.expectVersion(draft.version());
		GoalDraft.Kept kept = draft.keepingStored(DocumentMapping.goalReport(evaluation),
				problems.stream().map(Violation::field).toList());
		EvaluationDocument.GoalReport before = DocumentMapping.goalReport(evaluation);
		DocumentMapping.writeGoalReport(kept.report(), evaluation);
		evaluation.changed(viewer.username(), "goals",
				DocumentDiff.ofGoals(before, DocumentMapping.goalReport(evaluation)));
		repository.saveAndFlush(evaluation);
		return new SavedGoals(evaluations.summary(id, viewer), true, problems, kept.taskPositions(),
				kept.indicatorPositions());
	}

}

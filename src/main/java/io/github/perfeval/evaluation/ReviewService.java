package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.NumberKind;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核: a reviewer of the department, at the level a submitted evaluation waits at (or an
 * administrator), returns it with a reason, approves it, or sets a leaf's 调整得分 with its
 * reason; an administrator reopens an approved one. Each act is a named transition of the
 * aggregate, which records it.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

	private final EvaluationService evaluations;

	private final EvaluationRepository repository;

	private final InputLimits limits;

	private final SheetMessages messages;

	ReviewService(EvaluationService evaluations, EvaluationRepository repository, InputLimits limits,
			SheetMessages messages) {
		this.messages = messages;
		this.evaluations = evaluations;
		this.repository = repository;
		this.limits = limits;
	}

	/** Where an evaluation stands in its review, for the pages. */
	public record ReviewState(EvaluationStatus status, Integer level, int levels, boolean canReview, boolean canReopen,
			List<EvaluationEvent.Change> changesSincePreviousSubmission) {
	}

	public ReviewState state(long id, Viewer viewer) {
		Evaluation evaluation = evaluations.visibleEvaluation(id, viewer);
		DepartmentRef department = evaluations.departmentOf(evaluation);
		return new ReviewState(evaluation.getStatus(), evaluation.getReviewLevel(), department.reviewLevels(),
				mayReview(evaluation, viewer), viewer.isAdmin() && evaluation.getStatus() == EvaluationStatus.APPROVED,
				evaluations.changesSincePreviousSubmission(evaluation));
	}

	/** 退回: back to the filler with a reason. */
	@Transactional
	public EvaluationSummary returnToFiller(long id, Viewer viewer, long version, String reason) {
		Evaluation evaluation = reviewable(id, viewer, version);
		checkReason(reason);
		evaluation.returnToFiller(viewer.username(), levelOf(evaluation, viewer), reason);
		return saved(evaluation, viewer);
	}

	/** 审核通过 at the reviewer's level, with the opinion (审核意见), which may be empty. */
	@Transactional
	public EvaluationSummary approve(long id, Viewer viewer, long version, String opinion) {
		Evaluation evaluation = reviewable(id, viewer, version);
		checkText(opinion);
		List<String> empty = ReportGaps
			.emptySections(evaluation.getTexts(), !evaluation.getUnits().isEmpty(), evaluation.statedTotals())
			.stream()
			.map(section -> messages.text("submit.warning.sectionName", messages.text("section." + section)))
			.toList();
		evaluation.approve(viewer.username(), levelOf(evaluation, viewer),
				evaluations.departmentOf(evaluation).reviewLevels(), opinion, empty);
		return saved(evaluation, viewer);
	}

	/** 重新打开 an approved evaluation: administrators only, with a reason. */
	@Transactional
	public EvaluationSummary reopen(long id, Viewer viewer, String reason) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("Only an administrator reopens");
		}
		Evaluation evaluation = evaluations.visibleEvaluation(id, viewer);
		checkReason(reason);
		evaluation.reopen(viewer.username(), reason);
		return saved(evaluation, viewer);
	}

	/**
	 * Sets a leaf's 调整得分 ({@code score}) or clears it (null), with the reason; the
	 * computed score stays beside it.
	 */
	@Transactional
	public EvaluationSummary override(long id, Viewer viewer, long version, String code, BigDecimal score,
			String reason) {
		Evaluation evaluation = reviewable(id, viewer, version);
		Indicator leaf = evaluations.scored(evaluation)
			.tree()
			.leaf(code)
			.orElseThrow(() -> new TransitionRefusedException("unknownLeaf", code));
		if (score != null && (!NumberKind.SCORE.fits(score) || score.compareTo(leaf.weight()) > 0)) {
			throw new TransitionRefusedException("scoreRange", code,
					leaf.weight().stripTrailingZeros().toPlainString());
		}
		checkReason(reason);
		evaluation.override(viewer.username(), levelOf(evaluation, viewer), code, score, reason, Instant.now());
		return saved(evaluation, viewer);
	}

	/**
	 * 审核意见 on a leaf ({@code code}) or on the evaluation (null), by the reviewer at the
	 * waiting level.
	 */
	@Transactional
	public EvaluationSummary comment(long id, Viewer viewer, long version, String code, String text) {
		Evaluation evaluation = reviewable(id, viewer, version);
		if (code != null && evaluations.scored(evaluation).tree().leaf(code).isEmpty()) {
			throw new TransitionRefusedException("unknownLeaf", code);
		}
		checkReason(text);
		evaluation.comment(viewer.username(), levelOf(evaluation, viewer), code, text);
		return saved(evaluation, viewer);
	}

	/** 情况说明: the department's filler answers a remark of the last round once. */
	@Transactional
	public EvaluationSummary answer(long id, Viewer viewer, long commentId, String text) {
		Evaluation evaluation = evaluations.visibleEvaluation(id, viewer);
		if (!viewer.fillsIn(evaluation.getDepartmentId())) {
			throw new AccessDeniedException("Only the department's filler answers");
		}
		checkReason(text);
		evaluation.answer(viewer.username(), commentId, text, Instant.now());
		return saved(evaluation, viewer);
	}

	/** Every remark with its answer, oldest first. */
	public List<ReviewNote> notes(long id, Viewer viewer) {
		return evaluations.visibleEvaluation(id, viewer).notes();
	}

	/** The remarks of the last round: those the filler may answer now. */
	public List<ReviewNote> lastRound(long id, Viewer viewer) {
		List<ReviewNote> notes = notes(id, viewer);
		int round = notes.stream().mapToInt(ReviewNote::round).max().orElse(0);
		return notes.stream().filter(note -> note.round() == round).toList();
	}

	private Evaluation reviewable(long id, Viewer viewer, long version) {
		Evaluation evaluation = evaluations.visibleEvaluation(id, viewer);
		if (!viewer.isAdmin() && !viewer.isReviewer()) {
			throw new AccessDeniedException("Only reviewers review");
		}
		evaluation.expectVersion(version);
		return evaluation;
	}

	/**
	 * The level the viewer acts at: a reviewer's own; an administrator's, the one it
	 * waits at.
	 */
	private static int levelOf(Evaluation evaluation, Viewer viewer) {
		if (viewer.isAdmin()) {
			return evaluation.getReviewLevel() == null ? 1 : evaluation.getReviewLevel();
		}
		return viewer.reviewLevel();
	}

	private static boolean mayReview(Evaluation evaluation, Viewer viewer) {
		if (evaluation.getStatus() != EvaluationStatus.SUBMITTED || !(viewer.isAdmin() || viewer.isReviewer())) {
			return false;
		}
		return viewer.isAdmin() || evaluation.getReviewLevel() == null
				|| evaluation.getReviewLevel() == viewer.reviewLevel();
	}

	private void checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new TransitionRefusedException("reasonRequired");
		}
		checkText(reason);
	}

	private void checkText(String text) {
		String problem = TextField.COMMENT.problem(text, limits);
		if (problem != null) {
			throw new TransitionRefusedException(problem, TextField.COMMENT.maxLength(limits));
		}
	}

	private EvaluationSummary saved(Evaluation evaluation, Viewer viewer) {
		repository.saveAndFlush(evaluation);
		return evaluations.summary(evaluation.getId(), viewer);
	}

}

package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.FieldError;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.evaluation.TransitionRefusedException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review through the API: 调整得分 of a leaf (a null score clears it), 退回, 审核通过, 重新打开.
 * Each needs the version read (optimistic locking) and, except 审核通过, a reason.
 */
@RestController
class ReviewApiController {

	/** Refusals that are the request's fault (400); the others are the state's (409). */
	private static final Set<String> INVALID = Set.of("review.refused.reasonRequired", "review.refused.scoreRange",
			"review.refused.unknownLeaf", "review.refused.tooLong", "review.refused.controlCharacter");

	private final ReviewService reviews;

	private final SheetMessages messages;

	ReviewApiController(ReviewService reviews, SheetMessages messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	/**
	 * What a reviewer sends: the version read, and a score and reason where they apply.
	 */
	record Act(Long version, BigDecimal score, String reason) {
	}

	@PostMapping("/api/evaluations/{id}/overrides/{code}")
	EvaluationSummary override(@PathVariable long id, @PathVariable String code, @RequestBody Act act) {
		return reviews.override(id, UserAccounts.currentViewer(), version(act), code, act.score(), act.reason());
	}

	@PostMapping("/api/evaluations/{id}/return")
	EvaluationSummary returnToFiller(@PathVariable long id, @RequestBody Act act) {
		return reviews.returnToFiller(id, UserAccounts.currentViewer(), version(act), act.reason());
	}

	@PostMapping("/api/evaluations/{id}/approve")
	EvaluationSummary approve(@PathVariable long id, @RequestBody Act act) {
		return reviews.approve(id, UserAccounts.currentViewer(), version(act), act.reason());
	}

	@PostMapping("/api/evaluations/{id}/reopen")
	EvaluationSummary reopen(@PathVariable long id, @RequestBody Act act) {
		return reviews.reopen(id, UserAccounts.currentViewer(), act.reason());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<FieldError>>> refused(TransitionRefusedException ex) {
		HttpStatus status = INVALID.contains(ex.messageKey()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(new FieldError(null, null, messages.text(ex.messageKey(), ex.args())))));
	}

	@ExceptionHandler({ StaleEvaluationException.class, OptimisticLockingFailureException.class })
	ResponseEntity<Map<String, List<FieldError>>> stale(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("errors", List.of(new FieldError(null, "version", messages.text("review.stale")))));
	}

	private static long version(Act act) {
		return act.version() == null ? -1 : act.version();
	}

}

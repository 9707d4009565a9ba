package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evaluation.EvaluationEvent;
import io.github.perfeval.evaluation.CustomIndicatorService;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.evaluation.TransitionRefusedException;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审核 page: every leaf with its computed and final score and the 调整得分 control, the 审核意见
 * with 退回 and 审核通过, and 重新打开 for administrators. Each act is post / redirect / get; a
 * refused one says why.
 */
@Controller
class ReviewPageController {

	private final EvaluationService evaluations;

	private final ReviewService reviews;

	private final SheetMessages messages;

	private final EvidenceService evidence;

	private final CustomIndicatorService custom;

	ReviewPageController(EvaluationService evaluations, ReviewService reviews, SheetMessages messages,
			EvidenceService evidence, CustomIndicatorService custom) {
		this.custom = custom;
		this.evidence = evidence;
		this.evaluations = evaluations;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/review")
	String page(@PathVariable long id, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationSummary summary = evaluations.summary(id, viewer);
		ReviewService.ReviewState state = reviews.state(id, viewer);
		Scored scored = evaluations.sheet(id, viewer);
		model.addAttribute("summary", summary);
		model.addAttribute("state", state);
		model.addAttribute("sheet", scored.sheet());
		model.addAttribute("notes", reviews.notes(id, viewer));
		model.addAttribute("customCodes", custom.customCodes(id, viewer));
		Map<String, List<EvidenceItem>> files = evidence.byLeaf(id);
		model.addAttribute("evidence", files);
		model.addAttribute("evidenceCount", files.values().stream().mapToInt(List::size).sum());
		model.addAttribute("changes",
				state.changesSincePreviousSubmission()
					.stream()
					.map(change -> ChangeRow.of(change, scored.tree(), messages))
					.toList());
		return "evaluation/review";
	}

	@PostMapping("/evaluations/{id}/review/overrides/{code}")
	String override(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "") String version,
			@RequestParam(defaultValue = "") String score, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		TypedNumber.Result typed = TypedNumber.parse(score, TypedNumber.Field.SCORE, null);
		if (typed instanceof TypedNumber.Unreadable) {
			redirect.addFlashAttribute("error", messages.text("review.refused.notScore", code));
			return back(id);
		}
		BigDecimal value = typed.number();
		return act(id, redirect, value == null ? "review.overrideCleared" : "review.overrideSet", () -> reviews
			.override(id, UserAccounts.currentViewer(), EditorForm.version(version), code, value, reason.strip()),
				code);
	}

	@PostMapping("/evaluations/{id}/review/comments")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String version,
			@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		String leaf = code.isBlank() ? null : code.strip();
		return act(
				id, redirect, "review.commented", () -> reviews.comment(id, UserAccounts.currentViewer(),
						EditorForm.version(version), leaf, text.strip()),
				leaf == null ? messages.text("review.overall") : leaf);
	}

	@PostMapping("/evaluations/{id}/answers/{commentId}")
	String answer(@PathVariable long id, @PathVariable long commentId, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		try {
			reviews.answer(id, UserAccounts.currentViewer(), commentId, text.strip());
			redirect.addFlashAttribute("notice", messages.text("review.answered"));
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("error", messages.text(ex.messageKey(), ex.args()));
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", messages.text("review.stale"));
		}
		return "redirect:/evaluations/" + id + "#review-notes";
	}

	@PostMapping("/evaluations/{id}/review/return")
	String returnToFiller(@PathVariable long id, @RequestParam(defaultValue = "") String version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "review.returned", () -> reviews.returnToFiller(id, UserAccounts.currentViewer(),
				EditorForm.version(version), reason.strip()));
	}

	@PostMapping("/evaluations/{id}/review/approve")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "") String version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "review.approved",
				() -> reviews.approve(id, UserAccounts.currentViewer(), EditorForm.version(version), reason.strip()));
	}

	@PostMapping("/evaluations/{id}/review/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "review.reopened",
				() -> reviews.reopen(id, UserAccounts.currentViewer(), reason.strip()));
	}

	/**
	 * A change since the previous submission as the page shows it: the leaf and field by
	 * name.
	 */
	record ChangeRow(String leaf, String field, String oldValue, String newValue) {

		static ChangeRow of(EvaluationEvent.Change change, IndicatorTree tree, SheetMessages messages) {
			Indicator leaf = change.leafCode() == null ? null : tree.leaf(change.leafCode()).orElse(null);
			String name = change.leafCode() == null ? "" : change.leafCode() + (leaf == null ? "" : " " + leaf.name());
			return new ChangeRow(name, messages.fieldLabel(leaf, change.field()),
					messages.valueText(leaf, change.field(), change.oldValue()),
					messages.valueText(leaf, change.field(), change.newValue()));
		}

	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action, Object... args) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", messages.text(done, args));
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("error", messages.text(ex.messageKey(), ex.args()));
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", messages.text("review.stale"));
		}
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/evaluations/" + id + "/review";
	}

}

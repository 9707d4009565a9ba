package io.github.perfeval.audit.web;

import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.audit.AuditEntry;
import io.github.perfeval.audit.AuditTrail;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.IndicatorTree;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 审核记录与修改记录: the timeline of the workflow (who, when, which step, the reason) and every
 * recorded change (who, when, which leaf and field, old → new), filterable by leaf; for
 * everyone who may see the evaluation, read only. Also as JSON.
 */
@Controller
class HistoryPageController {

	private final EvaluationService evaluations;

	private final AuditTrail trail;

	private final SheetMessages messages;

	HistoryPageController(EvaluationService evaluations, AuditTrail trail, SheetMessages messages) {
		this.evaluations = evaluations;
		this.trail = trail;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/history")
	String page(@PathVariable long id, @RequestParam(required = false) String leaf, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationSummary summary = evaluations.summary(id, viewer);
		History history = history(id, viewer, leaf);
		model.addAttribute("summary", summary);
		model.addAttribute("timeline", history.timeline());
		model.addAttribute("changes", history.changes());
		model.addAttribute("leaf", leaf == null || leaf.isBlank() ? null : leaf);
		model.addAttribute("leaves", history.leaves());
		return "audit/history";
	}

	@GetMapping("/api/evaluations/{id}/audit")
	@ResponseBody
	List<HistoryLine> api(@PathVariable long id, @RequestParam(required = false) String leaf) {
		Viewer viewer = UserAccounts.currentViewer();
		History history = history(id, viewer, leaf);
		return java.util.stream.Stream.concat(history.timeline().stream(), history.changes().stream())
			.sorted(java.util.Comparator.comparing(HistoryLine::at))
			.toList();
	}

	private record History(List<HistoryLine> timeline, List<HistoryLine> changes, List<String> leaves) {
	}

	private History history(long id, Viewer viewer, String leaf) {
		IndicatorTree tree = evaluations.tree(id, viewer);
		List<AuditEntry> entries = trail.of(id);
		List<HistoryLine> timeline = entries.stream()
			.filter(AuditEntry::isTransition)
			.map(entry -> HistoryLine.of(entry, tree, messages))
			.toList();
		List<HistoryLine> changes = entries.stream()
			.filter(entry -> !entry.isTransition())
			.filter(entry -> leaf == null || leaf.isBlank() || leaf.equals(entry.leafCode()))
			.map(entry -> HistoryLine.of(entry, tree, messages))
			.toList();
		List<String> leaves = entries.stream()
			.map(AuditEntry::leafCode)
			.filter(code -> code != null)
			.distinct()
			.sorted()
			.toList();
		return new History(timeline, changes, leaves);
	}

}

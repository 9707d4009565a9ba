package io.github.perfeval.whatif.web;

import java.io.IOException;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationNotFoundException;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.whatif.WhatIf;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 提分测算 page: for whoever may see the evaluation, the points each better 评分等级 needs and
 * the fewest leaves that bring them; one scoring per request, nothing saved.
 */
@Controller
class WhatIfPageController {

	private final EvaluationService evaluations;

	WhatIfPageController(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/evaluations/{id}/what-if")
	String page(@PathVariable long id, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		Scored scored = evaluations.sheet(id, viewer);
		EvaluationSummary summary = evaluations.summary(id, viewer);
		model.addAttribute("summary", summary);
		if (scored.tree() == null || scored.sheet() == null) {
			model.addAttribute("page", null);
			return "whatif/what-if";
		}
		WhatIf whatIf = WhatIf.of(scored.sheet(), scored.tree().grades());
		model.addAttribute("whatIf", whatIf);
		model.addAttribute("page", WhatIfPage.of(summary, scored.tree(), whatIf));
		return "whatif/what-if";
	}

	/** Another department's evaluation, or none: 404, as for the 评分表. */
	@ExceptionHandler
	void notFound(EvaluationNotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

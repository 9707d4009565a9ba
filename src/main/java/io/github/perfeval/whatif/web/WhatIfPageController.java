package io.github.perfeval.whatif.web;

import java.math.BigDecimal;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.report.Numbers;
import io.github.perfeval.whatif.Outcome;
import io.github.perfeval.whatif.WhatIf;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
		return show(id, new WhatIfForm(), null, model);
	}

	/**
	 * 假设得分: the total and grade the typed scores would give, as a fragment for htmx or
	 * the whole page with the form as typed; nothing is saved.
	 */
	@PostMapping("/evaluations/{id}/what-if/preview")
	String preview(@PathVariable long id, @Valid @ModelAttribute("form") WhatIfForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String view = show(id, form, errors, model);
		return htmx != null && model.getAttribute("page") != null ? "whatif/what-if :: preview" : view;
	}

	private String show(long id, WhatIfForm form, BindingResult errors, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		Scored scored = evaluations.sheet(id, viewer);
		EvaluationSummary summary = evaluations.summary(id, viewer);
		model.addAttribute("summary", summary);
		model.addAttribute("form", form);
		model.addAttribute("posted", errors != null);
		if (scored.tree() == null || scored.sheet() == null) {
			model.addAttribute("page", null);
			return "whatif/what-if";
		}
		WhatIf whatIf = WhatIf.of(scored.sheet(), scored.tree().grades());
		model.addAttribute("whatIf", whatIf);
		model.addAttribute("page", WhatIfPage.of(summary, scored.tree(), whatIf));
		if (errors != null) {
			Map<String, BigDecimal> scores = form.checked(scored.sheet(), errors);
			if (!errors.hasErrors()) {
				Outcome outcome = Outcome.of(scored.sheet(), scored.tree().grades(), scores);
				model.addAttribute("outcome",
						new WhatIfPage.Preview(scores.size(), Numbers.score(outcome.total()), outcome.grade(),
								outcome.grade() == null ? "none" : scored.tree().grades().standing(outcome.grade())));
			}
		}
		return "whatif/what-if";
	}

}

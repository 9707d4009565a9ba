package io.github.perfeval.evaluation.web;

import java.io.IOException;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationNotFoundException;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.GoalReportService;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.StaleEvaluationException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 部门（单位）整体支出绩效目标完成情况自评表 page: shows it, saves it (post / redirect / get), marks the
 * indicators that missed their target. A form with invalid numbers, or one read before
 * someone else saved, comes back as typed and saves nothing.
 */
@Controller
class GoalPageController {

	private final GoalReportService goals;

	GoalPageController(GoalReportService goals) {
		this.goals = goals;
	}

	@GetMapping("/evaluations/{id}/goals")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("view", GoalPageView.of(goals.read(id, UserAccounts.currentViewer())));
		return "evaluation/goals";
	}

	@PostMapping("/evaluations/{id}/goals")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		GoalReportService.GoalSheet current = goals.read(id, viewer);
		GoalForm form = new GoalForm(params);
		GoalPageView typed = GoalPageView.of(current.evaluation(), current.editable(), form.version(), form.unit(),
				form.tasks(), form.stated(), form.expected(), form.actual(), form.indicators(), Map.of());
		GoalReportReader reader = new GoalReportReader();
		EvaluationDocument.GoalReport report = reader.read(typed);
		if (reader.errors().isEmpty()) {
			try {
				goals.save(id, viewer, form.version(), report);
				redirect.addFlashAttribute("notice", "goals.saved");
				return "redirect:/evaluations/" + id + "/goals";
			}
			catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
				model.addAttribute("error", "goals.stale");
			}
			catch (NotEditableException ex) {
				model.addAttribute("error", "goals.notEditable");
			}
		}
		else {
			model.addAttribute("error", "goals.notSaved");
		}
		EvaluationSummary evaluation = current.evaluation();
		model.addAttribute("view", GoalPageView.of(evaluation, current.editable(), form.version(), typed.unit(),
				typed.tasks(), typed.stated(), typed.expected(), typed.actual(), typed.indicators(), reader.errors()));
		return "evaluation/goals";
	}

	@ExceptionHandler
	void notFound(EvaluationNotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

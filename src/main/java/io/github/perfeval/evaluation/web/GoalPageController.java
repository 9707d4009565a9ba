package io.github.perfeval.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.GoalDraft;
import io.github.perfeval.evaluation.GoalReportService;
import io.github.perfeval.evaluation.InputLimits;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.scoring.Violation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 部门（单位）整体支出绩效目标完成情况自评表 page: shows it, saves it, marks the indicators that missed
 * their target. A save stores every part that can be stored; a field that cannot (an
 * amount that is not a number or out of bounds, a text too long, a control character, a
 * row without a name) keeps its stored value, and the page comes back as typed with each
 * problem beside its field. All valid: post / redirect / get. A form read before someone
 * else saved, or with more rows than allowed, saves nothing and comes back as typed.
 */
@Controller
class GoalPageController {

	private final GoalReportService goals;

	private final SheetMessages messages;

	private final InputLimits limits;

	GoalPageController(GoalReportService goals, SheetMessages messages, InputLimits limits) {
		this.goals = goals;
		this.messages = messages;
		this.limits = limits;
	}

	@GetMapping("/evaluations/{id}/goals")
	String show(@PathVariable long id, Model model) {
		GoalReportService.GoalSheet sheet = goals.read(id, UserAccounts.currentViewer());
		model.addAttribute("view", GoalPageView.of(sheet).withScoring(sheet.scoring()));
		model.addAttribute("limits", limits);
		return "evaluation/goals";
	}

	@PostMapping("/evaluations/{id}/goals")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		GoalReportService.GoalSheet current = goals.read(id, viewer);
		GoalForm form = new GoalForm(params);
		String unit = form.unit().isEmpty() ? GoalPageView.defaultUnit(current) : form.unit();
		List<GoalPageView.TaskRow> tasks = form.tasks();
		List<GoalPageView.IndicatorRow> indicators = form.indicators();
		long version = form.version();
		// Problems by the field's name in the form; codes are message keys.
		Map<String, Violation> problems = new LinkedHashMap<>();
		List<String> refused = tooMany(tasks.size(), indicators.size());
		if (!refused.isEmpty()) {
			model.addAttribute("error", String.join(" ", refused));
		}
		else {
			GoalPageView typed = GoalPageView.of(current.evaluation(), current.editable(), version, unit, tasks,
					form.stated(), form.expected(), form.actual(), indicators, Map.of());
			GoalReportReader reader = new GoalReportReader();
			GoalDraft draft = reader.read(version, typed);
			problems.putAll(reader.problems());
			try {
				GoalReportService.SavedGoals saved = goals.save(id, viewer, draft);
				if (!saved.written()) {
					model.addAttribute("error", String.join(" ", tooMany(tasks.size(), indicators.size())));
				}
				else {
					saved.notStored().forEach(violation -> add(problems, violation));
					if (problems.isEmpty()) {
						redirect.addFlashAttribute("notice", "goals.saved");
						return "redirect:/evaluations/" + id + "/goals";
					}
					model.addAttribute("error", messages.text("goals.partlySaved", problems.size()));
					version = saved.evaluation().version();
					tasks = storedAt(tasks, saved.taskPositions(), GoalPageView.TaskRow::storedAt);
					indicators = storedAt(indicators, saved.indicatorPositions(), GoalPageView.IndicatorRow::storedAt);
				}
			}
			catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
				model.addAttribute("error", messages.text("goals.stale"));
				goals.problems(draft).forEach(violation -> add(problems, violation));
			}
			catch (NotEditableException ex) {
				model.addAttribute("error", messages.text("goals.notEditable"));
			}
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> listed = new ArrayList<>();
		problems.keySet().stream().sorted(GoalFields.PAGE_ORDER).forEach(field -> {
			errors.put(field, beside(field, problems.get(field)));
			listed.add(listed(field, problems.get(field)));
		});
		model.addAttribute("problems", listed);
		model.addAttribute("view",
				GoalPageView
					.of(current.evaluation(), current.editable(), version, unit, tasks, form.stated(), form.expected(),
							form.actual(), indicators, errors)
					.withScoring(current.scoring()));
		model.addAttribute("limits", limits);
		return "evaluation/goals";
	}

	/** The messages for tables with more rows than allowed; empty when none has. */
	private List<String> tooMany(int taskCount, int indicatorCount) {
		List<String> refused = new ArrayList<>();
		if (taskCount > limits.goalTasks()) {
			refused.add(messages.text("goals.tooManyTasks", limits.goalTasks(), taskCount));
		}
		if (indicatorCount > limits.goalIndicators()) {
			refused.add(messages.text("goals.tooManyIndicators", limits.goalIndicators(), indicatorCount));
		}
		return refused;
	}

	/**
	 * A problem of the document's bounds, under the page's name of its field (the first
	 * problem of a field is the one shown).
	 */
	private static void add(Map<String, Violation> problems, Violation violation) {
		String field = GoalFields.formField(violation.field());
		if (field != null) {
			problems.putIfAbsent(field, new Violation(null, field, "violation." + violation.code(), violation.args()));
		}
	}

	/** The message beside the field: its label as the page names it, and the problem. */
	private String beside(String field, Violation problem) {
		String detail = messages.text(problem.code(), problem.args().toArray());
		if (GoalFields.isRowName(field)) {
			detail = messages.text("goals.error.rowNotSaved", detail);
		}
		return messages.text("goals.problem", messages.text(GoalFields.labelKey(field)), detail);
	}

	/** The message in the list at the top: where the field is, and its message. */
	private String listed(String field, Violation problem) {
		String message = beside(field, problem);
		String row = GoalFields.rowKey(field);
		return row == null ? message : messages.text(row, GoalFields.rowNumber(field), message);
	}

	/** The rows with the positions they are stored at now (null for a row left out). */
	private static <R> List<R> storedAt(List<R> rows, List<Integer> positions, BiFunction<R, Integer, R> storedAt) {
		List<R> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			result.add(storedAt.apply(rows.get(i), positions.size() > i ? positions.get(i) : null));
		}
		return result;
	}

}

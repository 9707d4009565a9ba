package io.github.perfeval.evaluation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.evaluation.EditorInput;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationExistsException;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.InvalidEvaluationException;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.evaluation.UnknownDepartmentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a self-evaluation: the department's home, the editor with its live score,
 * saving a draft, submitting, and the JSON document in and out.
 */
@Controller
class EvaluationPageController {

	private static final List<String> SECTIONS = List.of("functions", "annualTasks", "budgetPreparation",
			"budgetExecution", "performanceGoals", "performanceWork", "performanceAnalysis", "experience", "problems",
			"plans");

	private final EvaluationService evaluations;

	private final DepartmentDirectory departments;

	private final SheetMessages messages;

	private final JsonMapper json;

	EvaluationPageController(EvaluationService evaluations, DepartmentDirectory departments, SheetMessages messages,
			JsonMapper json) {
		this.evaluations = evaluations;
		this.departments = departments;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/")
	String home(Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		List<EvaluationSummary> visible = evaluations.visibleTo(viewer);
		model.addAttribute("rows",
				visible.stream().map(summary -> HomeRow.of(summary, evaluations.sheet(summary.id(), viewer))).toList());
		model.addAttribute("departments",
				departments.all()
					.stream()
					.filter(d -> viewer.isAdmin() || viewer.departmentIds().contains(d.id()))
					.toList());
		model.addAttribute("currentYear", Year.now().getValue() - 1);
		return "evaluation/home";
	}

	@PostMapping("/evaluations")
	String create(@RequestParam long departmentId, @RequestParam int year, RedirectAttributes redirect) {
		try {
			EvaluationSummary created = evaluations.create(departmentId, year, UserAccounts.currentViewer());
			return "redirect:/evaluations/" + created.id();
		}
		catch (EvaluationExistsException ex) {
			redirect.addFlashAttribute("error", messages.text("api.exists", ex.departmentName(), ex.year()));
			return "redirect:/";
		}
	}

	@PostMapping("/evaluations/import")
	String importDocument(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			EvaluationDocument document = json.readValue(new String(file.getBytes(), StandardCharsets.UTF_8),
					EvaluationDocument.class);
			EvaluationService.Imported imported = evaluations.importDocument(document, UserAccounts.currentViewer());
			redirect.addFlashAttribute("notice", messages.text("editor.imported"));
			return "redirect:/evaluations/" + imported.evaluation().id();
		}
		catch (JacksonException ex) {
			redirect.addFlashAttribute("error", messages.text("api.unreadable"));
		}
		catch (InvalidEvaluationException ex) {
			redirect.addFlashAttribute("importErrors",
					ex.scored()
						.violations()
						.stream()
						.map(violation -> messages.error(violation, ex.scored().tree()).message())
						.toList());
		}
		catch (EvaluationExistsException ex) {
			redirect.addFlashAttribute("error", messages.text("api.exists", ex.departmentName(), ex.year()));
		}
		catch (UnknownDepartmentException ex) {
			redirect.addFlashAttribute("error", messages.text("api.unknownDepartment", ex.code()));
		}
		return "redirect:/";
	}

	@GetMapping("/evaluations/{id}")
	String editor(@PathVariable long id, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationDocument document = evaluations.export(id, viewer);
		Scored scored = evaluations.sheet(id, viewer);
		return page(model, id, viewer, scored, document.indicators() == null ? Map.of() : document.indicators(),
				BasicsView.of(document));
	}

	@PostMapping("/evaluations/{id}")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		EditorForm form = new EditorForm(params, evaluations.summary(id, viewer).unit());
		Draft draft = draft(id, viewer, form);
		boolean unitsValid = draft.basics().errors().isEmpty();
		EditorInput toSave = draft.input();
		if (!unitsValid) {
			// A number of 表 1-1 that does not parse cannot be stored; the rest of the
			// draft can.
			EvaluationDocument stored = evaluations.export(id, viewer);
			toSave = toSave.withUnits(stored.units(), stored.totals());
		}
		try {
			EvaluationSummary saved = evaluations.saveDraft(id, viewer, toSave).evaluation();
			if (unitsValid) {
				redirect.addFlashAttribute("notice", messages.text("editor.saved"));
				return "redirect:/evaluations/" + id;
			}
			model.addAttribute("error", messages.text("editor.unitsNotSaved"));
			model.addAttribute("formVersion", saved.version());
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			model.addAttribute("error", messages.text("editor.stale"));
			model.addAttribute("formVersion", form.version());
		}
		catch (NotEditableException ex) {
			model.addAttribute("error", messages.text("editor.notEditable"));
			model.addAttribute("formVersion", form.version());
		}
		Scored scored = evaluations.preview(id, viewer, draft.input());
		return page(model, id, viewer, scored, draft.input().leaves(), draft.basics());
	}

	@PostMapping("/evaluations/{id}/preview")
	String preview(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		Draft draft = draft(id, viewer, new EditorForm(params, evaluations.summary(id, viewer).unit()));
		Scored scored = evaluations.preview(id, viewer, draft.input());
		EvaluationSummary summary = evaluations.summary(id, viewer);
		model.addAttribute("view",
				EditorView.of(summary, true, summary.unit(), scored, draft.input().leaves(), messages));
		model.addAttribute("basics", draft.basics());
		model.addAttribute("columns", EditorForm.AMOUNT_COLUMNS);
		return "evaluation/editor :: live";
	}

	@PostMapping("/evaluations/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			evaluations.submit(id, UserAccounts.currentViewer(), version);
			redirect.addFlashAttribute("notice", messages.text("editor.submitted"));
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", messages.text("editor.stale"));
		}
		catch (NotEditableException ex) {
			redirect.addFlashAttribute("error", messages.text("editor.cannotSubmit"));
		}
		return "redirect:/evaluations/" + id;
	}

	@GetMapping("/evaluations/{id}/document.json")
	ResponseEntity<EvaluationDocument> download(@PathVariable long id) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationSummary summary = evaluations.summary(id, viewer);
		String name = summary.departmentName() + "-" + summary.year() + "-自评数据.json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(evaluations.export(id, viewer));
	}

	private String page(Model model, long id, Viewer viewer, Scored scored, Map<String, Map<String, Object>> values,
			BasicsView basics) {
		EvaluationSummary summary = evaluations.summary(id, viewer);
		model.addAttribute("view",
				EditorView.of(summary, evaluations.canEdit(id, viewer), summary.unit(), scored, values, messages));
		model.addAttribute("basics", basics);
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("columns", EditorForm.AMOUNT_COLUMNS);
		if (!model.containsAttribute("formVersion")) {
			model.addAttribute("formVersion", summary.version());
		}
		return "evaluation/editor";
	}

	private record Draft(EditorInput input, BasicsView basics) {
	}

	private Draft draft(long id, Viewer viewer, EditorForm form) {
		Scored current = evaluations.sheet(id, viewer);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Map<String, String>> rows = form.units();
		List<EvaluationDocument.Unit> units = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			if (row.get("name").isEmpty()) {
				errors.put("unit:" + i + ":name", messages.text("violation.required"));
			}
			units.add(new EvaluationDocument.Unit(row.get("name"), amount(row, "initialBudget", "unit:" + i, errors),
					amount(row, "adjustedBudget", "unit:" + i, errors),
					amount(row, "finalAccounts", "unit:" + i, errors)));
		}
		Map<String, String> stated = form.totals();
		EvaluationDocument.Amounts totals = stated.values().stream().allMatch(String::isEmpty) ? null
				: new EvaluationDocument.Amounts(amount(stated, "initialBudget", "total", errors),
						amount(stated, "adjustedBudget", "total", errors),
						amount(stated, "finalAccounts", "total", errors));
		Map<String, String> people = form.signatories();
		EvaluationDocument.Signatories signatories = people.values().stream().allMatch(String::isEmpty) ? null
				: new EvaluationDocument.Signatories(blankToNull(people.get("filledBy")),
						blankToNull(people.get("headOfUnit")), blankToNull(people.get("phone")));
		Map<String, String> texts = form.texts(SECTIONS);
		EditorInput input = new EditorInput(form.version(), form.leaves(current.tree()), texts, units, totals,
				signatories);
		return new Draft(input, BasicsView.of(texts, rows, stated, people, errors));
	}

	private BigDecimal amount(Map<String, String> row, String column, String prefix, Map<String, String> errors) {
		String typed = row.get(column);
		if (typed == null || typed.isEmpty()) {
			return null;
		}
		Object parsed = TypedNumber.parse(typed, TypedNumber.Field.AMOUNT, "万元").number();
		if (!(parsed instanceof BigDecimal amount)) {
			errors.put(prefix + ":" + column, messages.text("violation.notNumber"));
			return null;
		}
		if (amount.signum() < 0) {
			errors.put(prefix + ":" + column, messages.text("violation.negative"));
		}
		return amount;
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/** A line of the home page: an evaluation with its score so far. */
	record HomeRow(EvaluationSummary summary, BigDecimal total, String grade, List<String> missing) {

		static HomeRow of(EvaluationSummary summary, Scored scored) {
			return scored.sheet() == null ? new HomeRow(summary, null, null, List.of())
					: new HomeRow(summary, EditorView.two(scored.sheet().total()),
							scored.sheet().grade() == null ? null : scored.sheet().grade().name(),
							scored.sheet().missing().stream().map(leaf -> leaf.code() + " " + leaf.name()).toList());
		}

	}

}

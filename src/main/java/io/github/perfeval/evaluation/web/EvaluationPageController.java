package io.github.perfeval.evaluation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evaluation.CustomIndicatorService;
import io.github.perfeval.evaluation.CustomizationCheck;
import io.github.perfeval.evaluation.EditorInput;
import io.github.perfeval.evaluation.GroupCustomization;
import io.github.perfeval.evaluation.GroupWeights;
import io.github.perfeval.evaluation.InvalidCustomizationException;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationExistsException;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.InputLimits;
import io.github.perfeval.evaluation.InvalidEvaluationException;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.PriorYears;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.evaluation.UnknownDepartmentException;
import tools.jackson.core.JacksonException;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	/** The fields of the 新建 form a refusal may name; any other is the year's. */
	private static final java.util.Set<String> NEW_EVALUATION_FIELDS = java.util.Set.of("framework",
			"startFromEarlierYear", "copyCustomIndicators");

	private final EvaluationService evaluations;

	private final DepartmentDirectory departments;

	private final SheetMessages messages;

	private final JsonMapper json;

	private final InputLimits limits;

	private final ReviewService reviews;

	private final EvidenceService evidence;

	private final CustomIndicatorService custom;

	private final PriorYears priorYears;

	/**
	 * One read-only transaction around everything a page reads: the services it asks join
	 * it, so the evaluation, its department and its framework are loaded once however
	 * many ask (the persistence context holds them), and the page takes one connection.
	 */
	private final TransactionTemplate reads;

	/**
	 * One read-write transaction around a save: what it reads, writes and scores, and the
	 * snapshot it leaves (which takes the save's scoring, {@code SnapshotRefresh}).
	 */
	private final TransactionTemplate writes;

	EvaluationPageController(EvaluationService evaluations, DepartmentDirectory departments, SheetMessages messages,
			JsonMapper json, InputLimits limits, ReviewService reviews, EvidenceService evidence,
			CustomIndicatorService custom, PriorYears priorYears, PlatformTransactionManager transactions) {
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
		this.priorYears = priorYears;
		this.custom = custom;
		this.reviews = reviews;
		this.evidence = evidence;
		this.evaluations = evaluations;
		this.departments = departments;
		this.messages = messages;
		this.json = json;
		this.limits = limits;
	}

	/** The most evaluations the home page lists; the overview pages through all. */
	static final int HOME_ROWS = 200;

	@GetMapping("/")
	String home(Model model) {
		return reads.execute(status -> homePage(model));
	}

	private String homePage(Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationService.Listing listing = evaluations.listedTo(viewer, HOME_ROWS);
		List<EvaluationSummary> visible = listing.rows().stream().map(EvaluationService.Listed::summary).toList();
		// The stored scores: the list scores nothing (ScoreSnapshots). Beyond its first
		// rows the 总览 (sorted, filtered, paged) lists them.
		model.addAttribute("rows", listing.rows().stream().map(HomeRow::of).toList());
		model.addAttribute("moreRows", listing.total() > listing.rows().size() ? listing.total() : null);
		// Who fills in: a reviewer's departments are those assigned to them for review.
		boolean fills = viewer.isAdmin() || viewer.role() == Role.FILLER;
		model.addAttribute("departments", departments.all().stream().filter(d -> viewer.fillsIn(d.id())).toList());
		model.addAttribute("mayImport", fills);
		model.addAttribute("frameworks", evaluations.frameworkChoices());
		if (!model.containsAttribute("newEvaluation")) {
			NewEvaluationForm form = new NewEvaluationForm();
			form.setYear(Year.now().getValue() - 1);
			model.addAttribute("newEvaluation", form);
		}
		model.addAttribute("earlierYears", earlierYears(visible, viewer));
		model.addAttribute("maxUpload", limits.requestBody().toKilobytes() / 1024);
		return "evaluation/home";
	}

	/**
	 * The years a new evaluation of each department the viewer fills in may start from:
	 * 深圳市罗湖区卫生健康局 2023、2022 年.
	 */
	private List<String> earlierYears(List<EvaluationSummary> visible, Viewer viewer) {
		Map<String, List<String>> years = new LinkedHashMap<>();
		visible.stream()
			.filter(summary -> viewer.fillsIn(summary.departmentId()))
			.forEach(summary -> years.computeIfAbsent(summary.departmentName(), name -> new ArrayList<>())
				.add(String.valueOf(summary.year())));
		return years.entrySet()
			.stream()
			.map(entry -> messages.text("home.earlierYear", entry.getKey(), String.join("、", entry.getValue())))
			.toList();
	}

	@PostMapping("/evaluations")
	String create(@Valid @ModelAttribute("newEvaluation") NewEvaluationForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				EvaluationSummary created = evaluations.create(form.getDepartmentId(), form.getYear(),
						form.getFramework(), UserAccounts.currentViewer(), form.isConfirmFutureYear(), form.start());
				return "redirect:/evaluations/" + created.id();
			}
			catch (EvaluationExistsException ex) {
				// The year as text: the binding's message format would write 2023 as
				// 2,023.
				errors.rejectValue("year", "api.exists",
						new Object[] { ex.departmentName(), String.valueOf(ex.year()) }, null);
			}
			catch (UnknownDepartmentException ex) {
				errors.rejectValue("departmentId", "home.departmentId.unknown");
			}
			catch (InvalidEvaluationException ex) {
				ex.scored()
					.violations()
					.forEach(violation -> errors.rejectValue(
							NEW_EVALUATION_FIELDS.contains(violation.field()) ? violation.field() : "year",
							"violation." + violation.code(), violation.args().toArray(), null));
				model.addAttribute("confirmFutureYear",
						ex.scored().violations().stream().anyMatch(violation -> "futureYear".equals(violation.code())));
			}
		}
		return home(model);
	}

	@PostMapping("/evaluations/import")
	String importDocument(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confirmFutureYear, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", messages.text("home.importEmpty"));
			return "redirect:/";
		}
		if (file.getSize() > limits.requestBody().toBytes()) {
			redirect.addFlashAttribute("error",
					messages.text("api.tooLarge", limits.requestBody().toKilobytes() / 1024));
			return "redirect:/";
		}
		try {
			EvaluationDocument document = json.readValue(new String(file.getBytes(), StandardCharsets.UTF_8),
					EvaluationDocument.class);
			EvaluationService.Imported imported = evaluations.importDocument(document, UserAccounts.currentViewer(),
					confirmFutureYear);
			redirect.addFlashAttribute("notice", messages.text("editor.imported"));
			return "redirect:/evaluations/" + imported.evaluation().id();
		}
		catch (JacksonException ex) {
			redirect.addFlashAttribute("error", UnreadableField.message(ex, messages));
		}
		catch (InvalidEvaluationException ex) {
			redirect.addFlashAttribute("importErrors",
					ex.scored()
						.violations()
						.stream()
						.map(violation -> messages.error(violation, ex.scored().tree()).message())
						.toList());
			redirect.addFlashAttribute("importFutureYear",
					ex.scored().violations().stream().anyMatch(violation -> "futureYear".equals(violation.code())));
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
		return reads.execute(status -> editorPage(id, model));
	}

	private String editorPage(long id, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationDocument document = evaluations.export(id, viewer);
		Scored scored = evaluations.sheet(id, viewer);
		return page(model, id, viewer, scored, document.indicators() == null ? Map.of() : document.indicators(),
				BasicsView.of(document), EditorView.Typed.NONE);
	}

	/**
	 * Saves the draft: invalid values as typed, except those that cannot be stored (table
	 * 1-1 numbers that do not parse, texts too long, numbers out of bounds), which keep
	 * their stored value. Everything typed comes back on the page when anything was not
	 * stored; otherwise post / redirect / get, with a notice that counts the invalid
	 * values.
	 */
	@PostMapping("/evaluations/{id}")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		try {
			return writes.execute(status -> savedPage(id, params, model, redirect));
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			// Nothing was written (the save's transaction rolled back): the page again,
			// as typed, read apart.
			return reads.execute(status -> refusedPage(id, params, model, "editor.stale"));
		}
		catch (NotEditableException ex) {
			return reads.execute(status -> refusedPage(id, params, model, "editor.notEditable"));
		}
	}

	/**
	 * The save, in the one transaction of {@link #writes}: the stored draft is scored
	 * once, and that scoring is both the snapshot's and the page's when everything typed
	 * was stored; the page shows what was typed otherwise, scored apart.
	 */
	private String savedPage(long id, MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		EditorForm form = new EditorForm(params, evaluations.summary(id, viewer).unit());
		Draft draft = draft(id, viewer, form);
		EditorInput toSave = draft.input();
		if (!draft.basics().errors().isEmpty()) {
			// A number of 表 1-1 that does not parse cannot be stored; the rest of the
			// draft can.
			EvaluationDocument stored = evaluations.export(id, viewer);
			toSave = toSave.withUnits(stored.units(), stored.totals());
		}
		EvaluationService.SavedDraft saved = evaluations.saveDraft(id, viewer, toSave);
		EditorView.Typed typed = typed(form);
		BasicsView basics = draft.basics().withErrors(basicsErrors(saved.scored()));
		if (basics.errors().isEmpty() && saved.notStored().isEmpty()) {
			long invalid = EditorView
				.of(saved.evaluation(), true, saved.evaluation().unit(), saved.scored(), draft.input().leaves(), typed,
						messages)
				.problems()
				.size();
			redirect.addFlashAttribute(invalid == 0 ? "notice" : "warning",
					invalid == 0 ? messages.text("editor.saved") : messages.text("editor.savedInvalid", invalid));
			redirect.addFlashAttribute("conversions", List.copyOf(typed.notes().values()));
			return "redirect:/evaluations/" + id;
		}
		// What was typed differs from what was stored: the page shows it as typed.
		Scored scored = evaluations.preview(id, viewer, draft.input());
		BasicsView asTyped = draft.basics().withErrors(basicsErrors(scored));
		model.addAttribute("error", messages.text("editor.partlyNotSaved", asTyped.errors().size()));
		model.addAttribute("formVersion", saved.evaluation().version());
		return page(model, id, viewer, scored, draft.input().leaves(), asTyped, typed);
	}

	/** The editor as typed, with why the save was refused; nothing was stored. */
	private String refusedPage(long id, MultiValueMap<String, String> params, Model model, String error) {
		Viewer viewer = UserAccounts.currentViewer();
		EditorForm form = new EditorForm(params, evaluations.summary(id, viewer).unit());
		Draft draft = draft(id, viewer, form);
		Scored scored = evaluations.preview(id, viewer, draft.input());
		model.addAttribute("error", messages.text(error));
		model.addAttribute("formVersion", form.version());
		return page(model, id, viewer, scored, draft.input().leaves(), draft.basics().withErrors(basicsErrors(scored)),
				typed(form));
	}

	@PostMapping("/evaluations/{id}/preview")
	String preview(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
		return reads.execute(status -> previewFragment(id, params, model));
	}

	private String previewFragment(long id, MultiValueMap<String, String> params, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationSummary summary = evaluations.summary(id, viewer);
		EditorForm form = new EditorForm(params, summary.unit());
		Draft draft = draft(id, viewer, form);
		Scored scored = evaluations.preview(id, viewer, draft.input());
		model.addAttribute("view",
				EditorView.of(summary, true, summary.unit(), scored, draft.input().leaves(), typed(form), messages));
		model.addAttribute("basics", draft.basics().withErrors(basicsErrors(scored)));
		model.addAttribute("columns", EditorForm.AMOUNT_COLUMNS);
		return "evaluation/editor :: live";
	}

	/**
	 * Stores the 个性指标与分值 of one 二级 group (post / redirect / get), or shows the page again
	 * with everything as typed and what is wrong; nothing is stored then.
	 */
	@PostMapping("/evaluations/{id}/custom")
	String customize(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		CustomForm form = new CustomForm(params);
		GroupCustomization change = form.toChange(messages);
		GroupWeights group = custom.groups(id, viewer)
			.stream()
			.filter(candidate -> candidate.code().equals(form.group()))
			.findFirst()
			.orElse(null);
		if (group == null) {
			redirect.addFlashAttribute("error", messages.text("custom.unknownGroup"));
			return "redirect:/evaluations/" + id;
		}
		CustomizationCheck check;
		String error = "custom.invalid";
		try {
			if (form.errors().isEmpty()) {
				custom.customize(id, viewer, change);
				redirect.addFlashAttribute("notice", messages.text("custom.saved", group.code(), group.name()));
				redirect.addFlashAttribute("customOpen", group.code());
				return "redirect:/evaluations/" + id + "#custom-" + EditorView.anchor(group.code());
			}
			check = custom.check(id, viewer, change);
		}
		catch (InvalidCustomizationException ex) {
			check = ex.check();
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			error = "editor.stale";
			check = custom.check(id, viewer, change);
		}
		catch (NotEditableException ex) {
			error = "editor.notEditable";
			check = custom.check(id, viewer, change);
		}
		model.addAttribute("error", messages.text(error));
		model.addAttribute("customTyped", CustomBlock.of(group, form, check, messages));
		return editor(id, model);
	}

	/** The group's sum and messages as the user types in its 个性指标与分值 block. */
	@PostMapping("/evaluations/{id}/custom/preview")
	String previewCustom(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		CustomForm form = new CustomForm(params);
		GroupCustomization change = form.toChange(messages);
		GroupWeights group = custom.groups(id, viewer)
			.stream()
			.filter(candidate -> candidate.code().equals(form.group()))
			.findFirst()
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		model.addAttribute("g", CustomBlock.of(group, form, custom.check(id, viewer, change), messages));
		return "evaluation/editor :: custom-sum";
	}

	@PostMapping("/evaluations/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "") String version,
			@RequestParam(defaultValue = "false") boolean confirmGaps, RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		try {
			// Empty sections and missing signatories are listed beside 提交; it goes
			// through once the filler confirms having seen them.
			evaluations.submit(id, viewer, EditorForm.version(version), confirmGaps);
			redirect.addFlashAttribute("notice", messages.text("editor.submitted"));
		}
		catch (io.github.perfeval.evaluation.UnconfirmedGapsException ex) {
			redirect.addFlashAttribute("error", messages.text("editor.submitGapsUnconfirmed"));
			return "redirect:/evaluations/" + id + "#submit";
		}
		catch (StaleEvaluationException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", messages.text("editor.submitStale"));
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
			BasicsView basics, EditorView.Typed typed) {
		EvaluationSummary summary = evaluations.summary(id, viewer);
		EditorView view = EditorView.of(summary, evaluations.canEdit(id, viewer), summary.unit(), scored, values, typed,
				messages);
		model.addAttribute("view", view);
		// The earlier year's figures and score beside each leaf, read once.
		model.addAttribute("previous",
				PriorYearLines.of(priorYears.of(id, viewer), summary.year(), scored.tree(), messages));
		model.addAttribute("basics", basics);
		model.addAttribute("problems", problems(view, basics));
		model.addAttribute("notes", reviews.lastRound(id, viewer));
		if (view.editable()) {
			model.addAttribute("submitWarnings", evaluations.submitWarnings(id, viewer, messages));
		}
		Map<String, List<EvidenceItem>> files = evidence.byLeaf(id);
		model.addAttribute("evidence", files);
		model.addAttribute("evidenceCount", files.values().stream().mapToInt(List::size).sum());
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("columns", EditorForm.AMOUNT_COLUMNS);
		CustomBlock asTyped = (CustomBlock) model.getAttribute("customTyped");
		Object saved = model.getAttribute("customOpen");
		model.addAttribute("customGroups",
				custom.groups(id, viewer)
					.stream()
					.map(group -> asTyped != null && asTyped.code().equals(group.code()) ? asTyped
							: group.code().equals(saved) ? CustomBlock.of(group).opened() : CustomBlock.of(group))
					.toList());
		model.addAttribute("customCodes", custom.customCodes(id, viewer));
		if (!model.containsAttribute("formVersion")) {
			model.addAttribute("formVersion", summary.version());
		}
		return "evaluation/editor";
	}

	private record Draft(EditorInput input, BasicsView basics) {
	}

	private Draft draft(long id, Viewer viewer, EditorForm form) {
		// The tree names the leaves and fields; nothing is scored for it.
		IndicatorTree tree = evaluations.tree(id, viewer);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Map<String, String>> rows = form.units(limits.units());
		List<EvaluationDocument.Unit> units = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			if (row.get("name").isEmpty()) {
				errors.put("unit:" + i + ":name", messages.text("violation.required"));
			}
			units.add(new EvaluationDocument.Unit(row.get("name"),
					amount(TypedNumber.parse(row.get("initialBudget"), TypedNumber.Field.AMOUNT, form.amountUnit()),
							"unit:" + i + ":initialBudget", errors),
					amount(TypedNumber.parse(row.get("adjustedBudget"), TypedNumber.Field.AMOUNT, form.amountUnit()),
							"unit:" + i + ":adjustedBudget", errors),
					amount(TypedNumber.parse(row.get("finalAccounts"), TypedNumber.Field.AMOUNT, form.amountUnit()),
							"unit:" + i + ":finalAccounts", errors)));
		}
		Map<String, String> stated = form.totals();
		EvaluationDocument.Amounts totals = stated.values().stream().allMatch(String::isEmpty) ? null
				: new EvaluationDocument.Amounts(
						amount(TypedNumber.parse(stated.get("initialBudget"), TypedNumber.Field.AMOUNT,
								form.amountUnit()), "total:initialBudget", errors),
						amount(TypedNumber.parse(stated.get("adjustedBudget"), TypedNumber.Field.AMOUNT,
								form.amountUnit()), "total:adjustedBudget", errors),
						amount(TypedNumber.parse(stated.get("finalAccounts"), TypedNumber.Field.AMOUNT,
								form.amountUnit()), "total:finalAccounts", errors));
		Map<String, String> people = form.signatories();
		EvaluationDocument.Signatories signatories = people.values().stream().allMatch(String::isEmpty) ? null
				: new EvaluationDocument.Signatories(blankToNull(people.get("filledBy")),
						blankToNull(people.get("headOfUnit")), blankToNull(people.get("phone")),
						blankToNull(people.get("notice")), blankToNull(people.get("shortName")));
		Map<String, String> texts = form.texts(SECTIONS);
		EditorInput input = new EditorInput(form.version(), form.leaves(tree), texts, units, totals, signatories);
		return new Draft(input, BasicsView.of(texts, rows, stated, people, errors, form.amountUnit()));
	}

	/** A typed amount of 表 1-1; null, with its message, when it is not a number. */
	private BigDecimal amount(TypedNumber.Result typed, String param, Map<String, String> errors) {
		if (typed instanceof TypedNumber.Unreadable unreadable) {
			errors.put(param, messages.text("violation." + unreadable.code(), unreadable.args().toArray()));
		}
		return typed.number();
	}

	/** The document's problems with 基本情况 (bounds, lengths), by the editor's parameter. */
	private Map<String, String> basicsErrors(Scored scored) {
		Map<String, String> errors = new LinkedHashMap<>();
		scored.violations().stream().filter(violation -> violation.indicator() == null).forEach(violation -> {
			String param = EditorParams.of(violation.field());
			if (param != null) {
				errors.putIfAbsent(param, messages.detail(violation));
			}
		});
		return errors;
	}

	/**
	 * How typed numbers were read: conversions and what could not be read, by parameter.
	 */
	private EditorView.Typed typed(EditorForm form) {
		Map<String, String> notes = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		form.notes().forEach((param, result) -> {
			if (result instanceof TypedNumber.Value value) {
				notes.put(param, messages.text("editor.converted", value.typed(), TypedNumber.plain(value.number()),
						form.amountUnit()));
			}
			else if (result instanceof TypedNumber.Unreadable unreadable) {
				errors.put(param, messages.text("violation." + unreadable.code(), unreadable.args().toArray()));
			}
		});
		return new EditorView.Typed(notes, errors);
	}

	/** Every invalid value on the page, 基本情况 first, each with a link to its field. */
	private List<EditorView.Problem> problems(EditorView view, BasicsView basics) {
		List<EditorView.Problem> problems = new ArrayList<>();
		basics.errors()
			.forEach((param, error) -> problems
				.add(new EditorView.Problem(EditorParams.anchor(param), basicsLabel(param) + "：" + error)));
		problems.addAll(view.problems());
		return problems;
	}

	/** 表 1-1 第 2 行 决算数, 填报人, 部门主要职能: a 基本情况 field as the page labels it. */
	private String basicsLabel(String param) {
		String[] parts = param.split(":");
		return switch (parts[0]) {
			case "unit" -> messages.text("editor.problem.unit", Integer.parseInt(parts[1]) + 1,
					messages.text("name".equals(parts[2]) ? "editor.unit.name" : "column." + parts[2]));
			case "total" -> messages.text("editor.unit.stated") + " " + messages.text("column." + parts[1]);
			case "sig" -> messages.text("signatory." + parts[1]);
			default -> messages.text("section." + parts[1]);
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/** A line of the home page: an evaluation with its score so far. */
	record HomeRow(EvaluationSummary summary, BigDecimal total, String grade, String gradeStanding,
			List<String> missing) {

		static HomeRow of(EvaluationService.Listed listed) {
			ScoreSnapshot snapshot = listed.snapshot();
			return snapshot == null || snapshot.total() == null
					? new HomeRow(listed.summary(), null, null, null, List.of())
					: new HomeRow(listed.summary(), EditorView.two(snapshot.total()), snapshot.grade(),
							listed.gradeStanding(), snapshot.missingLeafNames());
		}

	}

}

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
import io.github.perfeval.department.DepartmentChoices;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
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

	/**
	 * The most departments the 新建年度自评 form lists at once: a 填报人 of a few departments
	 * picks from all of theirs; where there are more (an administrator of thousands), a
	 * search by name or code lists this many matches.
	 */
	static final int DEPARTMENT_CHOICES = 20;

	/** The longest department search that is read; the rest is ignored. */
	static final int DEPARTMENT_SEARCH_LENGTH = 64;

	@GetMapping("/")
	String home(@RequestParam(name = "departmentSearch", required = false) String departmentSearch, Model model) {
		return reads.execute(status -> homePage(departmentSearch, model));
	}

	/**
	 * The department choice of the 新建年度自评 form alone, as a search updates it (htmx): the
	 * matches of {@code departmentSearch}.
	 */
	@GetMapping("/evaluations/new/departments")
	String departmentChoices(@RequestParam(name = "departmentSearch", required = false) String departmentSearch,
			Model model) {
		return reads.execute(status -> {
			DepartmentChooser chooser = chooser(UserAccounts.currentViewer(), departmentSearch, null);
			model.addAttribute("chooser", chooser == null ? DepartmentChooser.NONE : chooser);
			return "evaluation/home :: departmentOptions";
		});
	}

	private String homePage(String departmentSearch, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvaluationService.Listing listing = evaluations.listedTo(viewer, HOME_ROWS);
		// The stored scores: the list scores nothing (ScoreSnapshots). Beyond its first
		// rows the 总览 (sorted, filtered, paged) lists them.
		model.addAttribute("rows", listing.rows().stream().map(HomeRow::of).toList());
		model.addAttribute("moreRows", listing.total() > listing.rows().size() ? listing.total() : null);
		// Who fills in: a reviewer's departments are those assigned to them for review.
		boolean fills = viewer.isAdmin() || viewer.role() == Role.FILLER;
		model.addAttribute("mayImport", fills);
		model.addAttribute("frameworks", evaluations.frameworkChoices());
		if (!model.containsAttribute("newEvaluation")) {
			NewEvaluationForm form = new NewEvaluationForm();
			form.setYear(Year.now().getValue() - 1);
			model.addAttribute("newEvaluation", form);
		}
		NewEvaluationForm form = (NewEvaluationForm) model.getAttribute("newEvaluation");
		DepartmentChooser chooser = chooser(viewer, departmentSearch, form.getDepartmentId());
		model.addAttribute("chooser", chooser == null ? DepartmentChooser.NONE : chooser);
		BindingResult binding = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "newEvaluation");
		model.addAttribute("departmentInvalid", binding != null && binding.hasFieldErrors("departmentId"));
		List<String> earlierYears = chooser == null || chooser.search() ? List.of()
				: earlierYears(chooser.options(), viewer);
		model.addAttribute("earlierYears", earlierYears);
		// Searching, the form names no department's years (20 matches would be 20 lines):
		// the choice is offered, and refused with its reason where there is none.
		model.addAttribute("offerStartFrom", chooser != null && (chooser.search() || !earlierYears.isEmpty()));
		model.addAttribute("maxUpload", limits.requestBody().toKilobytes() / 1024);
		return "evaluation/home";
	}

	/**
	 * The departments the 新建年度自评 form offers: all the viewer fills in when they are few,
	 * else the first matches of the search (with the department chosen before kept first,
	 * when a refused form comes back); null for a viewer who fills in none.
	 */
	private DepartmentChooser chooser(Viewer viewer, String departmentSearch, Long selected) {
		if (!viewer.isAdmin() && viewer.role() != Role.FILLER) {
			return null;
		}
		String search = departmentSearch == null ? "" : departmentSearch.strip();
		if (search.length() > DEPARTMENT_SEARCH_LENGTH) {
			search = search.substring(0, DEPARTMENT_SEARCH_LENGTH);
		}
		DepartmentChoices choices = departments.choices(search, viewer.isAdmin() ? null : viewer.departmentIds(),
				DEPARTMENT_CHOICES);
		List<DepartmentRef> options = new ArrayList<>(choices.departments());
		if (selected != null && viewer.fillsIn(selected) && options.stream().noneMatch(d -> d.id() == selected)) {
			departments.byId(selected).ifPresent(department -> options.add(0, department));
		}
		boolean searching = !search.isEmpty() || choices.more();
		String listed = String.valueOf(choices.departments().size());
		String matching = String.valueOf(choices.matching());
		String note = !searching ? null
				: search.isEmpty() ? messages.text("home.departmentSearch.first", matching, listed)
						: choices.departments().isEmpty() ? messages.text("home.departmentSearch.none", search)
								: choices.more() ? messages.text("home.departmentSearch.more", search, matching, listed)
										: messages.text("home.departmentSearch.all", search, matching);
		return new DepartmentChooser(options, searching, search, note, selected);
	}

	/**
	 * The department choice of the 新建年度自评 form: the options, whether it is a search (more
	 * departments than {@link #DEPARTMENT_CHOICES}, or a search typed), the search as
	 * read, what the search found (共 5000 个部门，此处列出…; null without a search) and the
	 * department chosen (null: the first).
	 */
	record DepartmentChooser(List<DepartmentRef> options, boolean search, String text, String note, Long selected) {

		static final DepartmentChooser NONE = new DepartmentChooser(List.of(), false, "", null, null);

		/** The longest search read ({@link #DEPARTMENT_SEARCH_LENGTH}), for the field. */
		public int maxLength() {
			return DEPARTMENT_SEARCH_LENGTH;
		}

		/**
		 * Whether the form is shown: there is a department to choose, or a search to
		 * change.
		 */
		public boolean offered() {
			return search || !options.isEmpty();
		}

		public boolean isSelected(DepartmentRef department) {
			return selected != null && selected == department.id();
		}

	}

	/**
	 * The years a new evaluation of each offered department may start from: 深圳市罗湖区卫生健康局
	 * 2023、2022 年.
	 */
	private List<String> earlierYears(List<DepartmentRef> offered, Viewer viewer) {
		Map<Long, List<Integer>> years = evaluations.yearsOf(offered.stream().map(DepartmentRef::id).toList(), viewer);
		return offered.stream()
			.filter(department -> years.containsKey(department.id()))
			.map(department -> messages.text("home.earlierYear", department.name(),
					String.join("、", years.get(department.id()).stream().map(String::valueOf).toList())))
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
		return home(null, model);
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
			return listed.total() == null ? new HomeRow(listed.summary(), null, null, null, listed.missingLeaves())
					: new HomeRow(listed.summary(), EditorView.two(listed.total()), listed.grade(),
							listed.gradeStanding(), listed.missingLeaves());
		}

	}

}

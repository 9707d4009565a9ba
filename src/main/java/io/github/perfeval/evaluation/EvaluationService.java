package io.github.perfeval.evaluation;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.scoring.ConsistencyChecks;
import io.github.perfeval.scoring.Notice;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.scoring.Customization;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.ScoringEngine;
import io.github.perfeval.scoring.Violation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scores, imports and exports evaluation documents, for the viewer's departments only.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

	/** The key of the documents read in the current read-only transaction. */
	private static final Object DOCUMENTS_READ = new Object();

	/** The unique key of department and year (V1__schema.sql). */
	private static final String DEPARTMENT_YEAR_KEY = "evaluation_department_id_year_key";

	private final EvaluationRepository evaluations;

	private final DepartmentDirectory departments;

	private final FrameworkCatalog frameworks;

	private final DocumentMapping mapping;

	private final InputLimits limits;

	private final ListedEvaluations listed;

	/** The framework a new evaluation, or a document naming none, is on. */
	private final String defaultFramework;

	/** Each run of the scoring engine ({@code perfeval.scorings}). */
	private final Counter scorings;

	EvaluationService(EvaluationRepository evaluations, DepartmentDirectory departments, FrameworkCatalog frameworks,
			DocumentMapping mapping, InputLimits limits, ListedEvaluations listed, MeterRegistry meters,
			@org.springframework.beans.factory.annotation.Value("${perfeval.frameworks.default}") String defaultFramework) {
		this.listed = listed;
		this.scorings = Counter.builder("perfeval.scorings")
			.description("Evaluations scored by the engine")
			.register(meters);
		this.defaultFramework = defaultFramework;
		this.evaluations = evaluations;
		this.departments = departments;
		this.frameworks = frameworks;
		this.mapping = mapping;
		this.limits = limits;
	}

	/** Validates and scores a document without saving anything. */
	public Scored score(EvaluationDocument document) {
		List<Violation> violations = new ArrayList<>(DocumentCheck.check(document, limits));
		if (DocumentCheck.tooLarge(violations)) {
			return new Scored(null, null, violations);
		}
		String frameworkCode = frameworkCode(document);
		Optional<FrameworkRef> framework = framework(document);
		if (framework.isEmpty()) {
			violations.add(document.frameworkVersion() != null && frameworks.latest(frameworkCode).isPresent()
					? Violation.of(null, "frameworkVersion", "unknownFrameworkVersion", frameworkCode,
							document.frameworkVersion())
					: Violation.of(null, "framework", "unknownFramework", frameworkCode));
			return new Scored(null, null, violations);
		}
		return score(document, frameworks.tree(framework.get().id()), violations);
	}

	/** Scores a document, failing with all its problems when it is invalid. */
	public Scored scoreValid(EvaluationDocument document) {
		Scored scored = score(document);
		if (!scored.valid()) {
			throw new InvalidEvaluationException(scored);
		}
		return scored;
	}

	/**
	 * Imports a document as a new evaluation; fails when invalid or when the year exists.
	 */
	@Transactional
	public Imported importDocument(EvaluationDocument document, Viewer viewer, boolean futureYearConfirmed) {
		if (!viewer.isAdmin() && viewer.role() != Role.FILLER) {
			throw new AccessDeniedException("Only a department's filler or an administrator imports");
		}
		if (!viewer.isAdmin() && document.department() != null && document.department().code() != null) {
			// Whose department it is comes before what is wrong with the document.
			departmentFor(document.department(), viewer);
		}
		Scored scored = score(document);
		List<Violation> refused = new ArrayList<>();
		if (document.year() != null && isFuture(document.year()) && !futureYearConfirmed) {
			refused.add(futureYear(document.year()));
		}
		if (!viewer.isAdmin() && document.overrides() != null) {
			// 调整得分 is a reviewer's act: a filler's own view goes in the leaf's comment.
			document.overrides()
				.keySet()
				.forEach(code -> refused.add(Violation.of(code, "override.score", "overrideByFiller")));
		}
		if (!refused.isEmpty()) {
			List<Violation> violations = new ArrayList<>(scored.violations());
			violations.addAll(refused);
			scored = new Scored(scored.tree(), scored.sheet(), violations);
		}
		if (!scored.valid()) {
			throw new InvalidEvaluationException(scored);
		}
		DepartmentRef department = departmentFor(document.department(), viewer);
		if (evaluations.existsByDepartmentIdAndYear(department.id(), document.year())) {
			throw new EvaluationExistsException(department.name(), document.year());
		}
		FrameworkRef framework = framework(document).orElseThrow();
		Evaluation evaluation = new Evaluation(department.id(), document.year(), framework.id());
		mapping.write(document, evaluation, viewer.username());
		evaluation = store(evaluation, department);
		evaluation.created(viewer.username(), true);
		evaluation.changed(viewer.username(), "import",
				DocumentDiff.ofImport(DocumentMapping.overrides(document), document));
		evaluation = evaluations.save(evaluation);
		return new Imported(summary(evaluation, department), scored);
	}

	/**
	 * Stores a new evaluation. The check before it that the year is free does not see a
	 * concurrent import or start of the same year: the unique key does, and is told as
	 * the same {@link EvaluationExistsException}.
	 */
	private Evaluation store(Evaluation evaluation, DepartmentRef department) {
		try {
			return evaluations.saveAndFlush(evaluation);
		}
		catch (DataIntegrityViolationException ex) {
			// Only the key of department and year is a conflict; anything else is a
			// fault.
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains(DEPARTMENT_YEAR_KEY)) {
				throw new EvaluationExistsException(department.name(), evaluation.getYear());
			}
			throw ex;
		}
	}

	/** The result of an import: the new evaluation and its sheet. */
	public record Imported(EvaluationSummary evaluation, Scored scored) {
	}

	public EvaluationDocument export(long id, Viewer viewer) {
		return exportWithVersion(id, viewer).value();
	}

	public Scored sheet(long id, Viewer viewer) {
		return sheetWithVersion(id, viewer).value();
	}

	/**
	 * The evaluation's indicator tree (its 个性指标 applied), for naming leaves and fields;
	 * nothing is scored.
	 */
	public IndicatorTree tree(long id, Viewer viewer) {
		return tree(visible(id, viewer));
	}

	/** What a read gave, with the evaluation's version the next act on it states. */
	public record Versioned<T>(T value, long version) {
	}

	public Versioned<EvaluationDocument> exportWithVersion(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return new Versioned<>(document(evaluation), evaluation.getVersion());
	}

	public Versioned<Scored> sheetWithVersion(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return new Versioned<>(scored(evaluation), evaluation.getVersion());
	}

	/**
	 * Scores what the editor holds now, without saving it: the live score as the user
	 * types.
	 */
	public Scored preview(long id, Viewer viewer, EditorInput input) {
		Evaluation evaluation = visible(id, viewer);
		EvaluationDocument draft = DocumentMapping.withDraft(document(evaluation), input);
		return score(draft, frameworks.tree(evaluation.getFrameworkId()),
				new ArrayList<>(DocumentCheck.check(draft, limits)));
	}

	/**
	 * Saves a draft, invalid values included (they are marked, not lost), except the
	 * parts that cannot be stored as typed (a text too long, an amount out of bounds):
	 * those keep their stored value and are returned, so the page can say so and show
	 * what was typed. Fails without writing when someone saved since
	 * {@code input.version()} was read.
	 */
	@Transactional
	public SavedDraft saveDraft(long id, Viewer viewer, EditorInput typed) {
		Evaluation evaluation = editable(id, viewer);
		evaluation.expectVersion(typed.version());
		EvaluationDocument stored = document(evaluation);
		EditorInput input = typed.keepingSharedCopies(stored, tree(evaluation));
		List<Violation> refused = DocumentCheck.check(DocumentMapping.withDraft(stored, input), limits);
		EditorInput storable = input.keepingStored(stored, refused);
		mapping.writeDraft(storable, evaluation);
		evaluation.changed(viewer.username(), "draft",
				DocumentDiff.ofDraft(stored, DocumentMapping.withDraft(stored, storable)));
		evaluation = evaluations.saveAndFlush(evaluation);
		// What is stored now, scored once: the snapshot takes this scoring, and the page
		// shows it with the document's checks, as the live score would.
		EvaluationDocument saved = document(evaluation);
		Scored scored = score(saved, frameworks.tree(evaluation.getFrameworkId()), new ArrayList<>());
		SnapshotRefresh.scoredHere(evaluation.getId(), evaluation.getVersion(), scored);
		List<Violation> checked = new ArrayList<>(DocumentCheck.check(saved, limits));
		checked.addAll(scored.violations());
		return new SavedDraft(summary(evaluation, departments.byId(evaluation.getDepartmentId()).orElseThrow()),
				refused, new Scored(scored.tree(), scored.sheet(), checked));
	}

	/**
	 * A saved draft, the values that were not stored, each with its problem, and the
	 * draft as stored, scored (the checks of the document first, as {@link #preview}
	 * gives them).
	 */
	public record SavedDraft(EvaluationSummary evaluation, List<Violation> notStored, Scored scored) {
	}

	/**
	 * What submitting warns about (ReportGaps): each empty section of the report and each
	 * missing signatory, as the editor names them; empty when nothing is missing.
	 */
	public List<String> submitWarnings(long id, Viewer viewer, SheetMessages messages) {
		return ReportGaps.warnings(document(visible(id, viewer)), messages);
	}

	/**
	 * The day the evaluation was approved (已审定), in China's time; empty while it is not
	 * approved. Nothing changes an approved evaluation, so its last change is the
	 * approval.
	 */
	public java.util.Optional<java.time.LocalDate> approvedOn(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return evaluation.getStatus() != EvaluationStatus.APPROVED ? java.util.Optional.empty() : java.util.Optional
			.of(evaluation.getUpdatedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
	}

	/**
	 * 提交 whatever gaps the report still has (the API, which returns them as warnings).
	 */
	@Transactional
	public EvaluationSummary submit(long id, Viewer viewer, long version) {
		return submit(id, viewer, version, true);
	}

	/**
	 * 提交: only when every leaf has a valid score and the version is current, and, while
	 * the report has empty sections or missing signatories (ReportGaps), only once the
	 * filler confirms having seen them ({@code gapsConfirmed}). Access, version and
	 * completeness are checked first.
	 */
	@Transactional
	public EvaluationSummary submit(long id, Viewer viewer, long version, boolean gapsConfirmed) {
		Evaluation evaluation = visible(id, viewer);
		requireFiller(evaluation, viewer);
		// The version before the state: a submission that another one (or a second
		// click) overtook is stale, not incomplete.
		evaluation.expectVersion(version);
		editable(evaluation, viewer);
		Scored scored = score(document(evaluation), frameworks.tree(evaluation.getFrameworkId()), new ArrayList<>());
		if (!scored.valid() || scored.sheet() == null || !scored.sheet().missing().isEmpty()) {
			throw new NotEditableException("Evaluation " + id + " still misses inputs");
		}
		EvaluationDocument document = document(evaluation);
		if (!gapsConfirmed && !(ReportGaps.emptySections(document).isEmpty()
				&& ReportGaps.missingSignatories(document).isEmpty())) {
			throw new UnconfirmedGapsException("Evaluation " + id + " has gaps its filler did not confirm");
		}
		evaluation.submit(viewer.username(), scored.sheet().total() + " " + scored.sheet().grade(),
				mapping.snapshot(document));
		evaluation = evaluations.saveAndFlush(evaluation);
		// 提交 changes the status, not what is scored: the snapshot takes this scoring.
		SnapshotRefresh.scoredHere(evaluation.getId(), evaluation.getVersion(), scored);
		return summary(evaluation, departments.byId(evaluation.getDepartmentId()).orElseThrow());
	}

	/**
	 * Starts an empty evaluation of the department's year on the default framework.
	 */
	@Transactional
	public EvaluationSummary create(long departmentId, int year, Viewer viewer, boolean futureYearConfirmed) {
		return create(departmentId, year, null, viewer, futureYearConfirmed);
	}

	/**
	 * Starts an empty evaluation of the department's year on the latest version of the
	 * framework (the configured default when none is named).
	 */
	@Transactional
	public EvaluationSummary create(long departmentId, int year, String frameworkCode, Viewer viewer,
			boolean futureYearConfirmed) {
		return create(departmentId, year, frameworkCode, viewer, futureYearConfirmed, Start.BLANK);
	}

	/**
	 * How a new evaluation starts: empty, or from the department's latest evaluation of
	 * an earlier year ({@code fromEarlierYear}), with its 个性指标 and weights too when
	 * {@code customIndicators} (what is copied: {@link Evaluation#startFrom}).
	 */
	public record Start(boolean fromEarlierYear, boolean customIndicators) {

		public static final Start BLANK = new Start(false, false);

	}

	/**
	 * Starts an evaluation of the department's year on the latest version of the
	 * framework (the configured default when none is named), empty or from an earlier
	 * year ({@code start}), in one transaction with its record.
	 */
	@Transactional
	public EvaluationSummary create(long departmentId, int year, String frameworkCode, Viewer viewer,
			boolean futureYearConfirmed, Start start) {
		if (!viewer.fillsIn(departmentId)) {
			throw new AccessDeniedException("Not a department of " + viewer.username());
		}
		DepartmentRef department = departments.byId(departmentId)
			.orElseThrow(() -> new UnknownDepartmentException(String.valueOf(departmentId)));
		if (year < DocumentCheck.FIRST_YEAR || year > DocumentCheck.LAST_YEAR) {
			throw new InvalidEvaluationException(
					new Scored(null, null, List.of(Violation.of(null, "year", "yearRange"))));
		}
		if (isFuture(year) && !futureYearConfirmed) {
			throw new InvalidEvaluationException(new Scored(null, null, List.of(futureYear(year))));
		}
		if (evaluations.existsByDepartmentIdAndYear(departmentId, year)) {
			throw new EvaluationExistsException(department.name(), year);
		}
		String code = frameworkCode == null || frameworkCode.isBlank() ? defaultFramework : frameworkCode.strip();
		FrameworkRef framework = frameworks.latest(code)
			.orElseThrow(() -> new InvalidEvaluationException(new Scored(null, null, List.of(Violation.of(null,
					"framework", "unknownFramework", code.length() > 64 ? code.substring(0, 64) : code)))));
		Evaluation earlier = start.fromEarlierYear() ? earlierOf(department, year) : null;
		if (start.customIndicators() && earlier == null) {
			throw invalidStart("copyCustomIndicators", "customWithoutEarlierYear");
		}
		Evaluation evaluation = new Evaluation(departmentId, year, framework.id());
		mapping.write(new EvaluationDocument(null, year, null, null, null, null, null, null, null, null, null, null,
				null, null), evaluation, viewer.username());
		if (earlier != null) {
			evaluation.startFrom(earlier, start.customIndicators());
			if (start.customIndicators() && !customizationFits(earlier, evaluation)) {
				throw invalidStart("copyCustomIndicators", "customIndicatorsDoNotFit",
						String.valueOf(earlier.getYear()), framework.code());
			}
		}
		evaluation = store(evaluation, department);
		if (earlier == null) {
			evaluation.created(viewer.username(), false);
		}
		else {
			evaluation.createdFrom(viewer.username(), earlier, start.customIndicators());
			EvaluationDocument copied = document(evaluation);
			List<EvaluationEvent.Change> changes = new ArrayList<>(DocumentDiff.ofImport(java.util.Map.of(), copied));
			changes.addAll(DocumentDiff.ofCustomization(copied));
			evaluation.changed(viewer.username(), "copy", changes);
		}
		evaluation = evaluations.save(evaluation);
		return summary(evaluation, department);
	}

	/**
	 * The department's latest evaluation of a year before {@code year}; refused when
	 * there is none.
	 */
	private Evaluation earlierOf(DepartmentRef department, int year) {
		return evaluations.findByDepartmentIdOrderByYearDesc(department.id())
			.stream()
			.filter(candidate -> candidate.getYear() < year)
			.findFirst()
			.orElseThrow(() -> invalidStart("startFromEarlierYear", "noEarlierYear", department.name(),
					String.valueOf(year)));
	}

	/**
	 * Whether the 个性指标 and weights copied from {@code earlier} apply to the new
	 * evaluation's framework: the same framework, and a tree they make valid.
	 */
	private boolean customizationFits(Evaluation earlier, Evaluation evaluation) {
		FrameworkRef before = frameworks.find(earlier.getFrameworkId()).orElseThrow();
		FrameworkRef now = frameworks.find(evaluation.getFrameworkId()).orElseThrow();
		if (!before.code().equals(now.code())) {
			return false;
		}
		EvaluationDocument document = mapping.read(evaluation, null, now.code(), now.version(), true);
		return DocumentMapping.customization(document)
			.applyTo(GoalLeaves.apply(frameworks.tree(now.id()), document).tree())
			.violations()
			.isEmpty();
	}

	private static InvalidEvaluationException invalidStart(String field, String code, Object... args) {
		return new InvalidEvaluationException(new Scored(null, null, List.of(Violation.of(null, field, code, args))));
	}

	/** Whether the viewer may change this evaluation's inputs now. */
	public boolean canEdit(long id, Viewer viewer) {
		try {
			editable(id, viewer);
			return true;
		}
		catch (NotEditableException | AccessDeniedException ex) {
			return false;
		}
	}

	/** One page of the evaluations the viewer sees, and how many there are. */
	public record Page(List<EvaluationSummary> rows, int total) {
	}

	/**
	 * A page of the evaluations the viewer sees (of one year, or all years when
	 * {@code year} is null), newest year first, then by department code; {@code page}
	 * counts from 1.
	 */
	public Page visibleTo(Viewer viewer, Integer year, int page, int size) {
		VisibleDepartments visible = visibleDepartments(viewer);
		return new Page(listed.page(visible, year, (page - 1) * size, size), listed.count(visible, year));
	}

	/**
	 * An evaluation as the home page lists it: its summary, its stored 综合评分 and 评分等级
	 * (null before it was first snapshotted, or while inputs are missing), where its
	 * grade stands on its framework's scale, and the leaves still missing inputs
	 * ({@code 3.2.1 预算执行率}).
	 */
	public record Listed(EvaluationSummary summary, java.math.BigDecimal total, String grade, String gradeStanding,
			List<String> missingLeaves) {

		public Listed {
			missingLeaves = List.copyOf(missingLeaves);
		}

	}

	/** The first evaluations of a list, and how many there are in all. */
	public record Listing(List<Listed> rows, int total) {
	}

	/**
	 * The first {@code limit} evaluations the viewer sees, newest year first, then by
	 * department code, with their stored scores: three queries (the rows with LIMIT, a
	 * count, the missing leaves of those rows) however many there are, no evaluation
	 * entity loaded, nothing scored.
	 */
	public Listing listedTo(Viewer viewer, int limit) {
		VisibleDepartments visible = visibleDepartments(viewer);
		if (!visible.all() && visible.ids().isEmpty()) {
			return new Listing(List.of(), 0);
		}
		List<ListedEvaluations.Row> first = listed.first(visible, limit);
		int total = first.size() < limit ? first.size() : listed.count(visible);
		java.util.Map<Long, List<String>> missing = listed
			.missingLeaves(first.stream().map(row -> row.summary().id()).toList());
		return new Listing(first.stream()
			.map(row -> new Listed(row.summary(), row.total(), row.grade(),
					row.grade() == null ? null : frameworks.tree(row.frameworkId()).grades().standing(row.grade()),
					missing.getOrDefault(row.summary().id(), List.of())))
			.toList(), total);
	}

	/**
	 * The years each of these departments has an evaluation of, newest first, for those
	 * the viewer fills in (the years a new one may start from); others are absent.
	 */
	public java.util.Map<Long, List<Integer>> yearsOf(java.util.Collection<Long> departmentIds, Viewer viewer) {
		return listed.years(departmentIds.stream().filter(viewer::fillsIn).toList());
	}

	public EvaluationSummary summary(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return summary(evaluation, departments.byId(evaluation.getDepartmentId()).orElseThrow());
	}

	public List<EvaluationSummary> ofDepartment(long departmentId, Viewer viewer) {
		if (!sees(viewer, departmentId)) {
			return List.of();
		}
		DepartmentRef department = departments.byId(departmentId).orElseThrow();
		return evaluations.findByDepartmentIdOrderByYearDesc(departmentId)
			.stream()
			.map(evaluation -> summary(evaluation, department))
			.toList();
	}

	private Scored score(EvaluationDocument document, IndicatorTree common, List<Violation> violations) {
		GoalLeaves.Applied goals = GoalLeaves.apply(common, document);
		violations.addAll(goals.violations());
		Customization.Result customized = DocumentMapping.customization(document).applyTo(goals.tree());
		// The goal leaves' own total says by how much the 分值 are off; the customization's
		// would say it again.
		List<Violation> customizing = customized.violations()
			.stream()
			.filter(violation -> goals.violations().isEmpty() || !"weightsTotal".equals(violation.code()))
			.toList();
		violations.addAll(customizing);
		if (!customizing.isEmpty()) {
			return new Scored(customized.tree(), null, violations);
		}
		scorings.increment();
		ScoringEngine.Assessment assessment = ScoringEngine.assess(customized.tree(), goals.inputs(),
				DocumentMapping.overrides(document));
		assessment.violations().stream().map(goals::located).forEach(violations::add);
		// The checks read the figures as the department gave them: a budget leaf's are
		// replaced by 表 1-1's for scoring, and the check says where they differed.
		List<Notice> notices = new ArrayList<>(UnitsCheck.check(document.units(), document.totals()));
		notices.addAll(ConsistencyChecks.notices(customized.tree(), frameworks.checks(common.code(), common.version()),
				DocumentMapping.inputs(document), TableTotals.byName(document)));
		return new Scored(customized.tree(), assessment.sheet().withWarnings(notices), violations);
	}

	/**
	 * The evaluation's document, built once per read-only transaction: a page reads it
	 * for several of its parts (the editor: its values, its sheet, the submit warnings),
	 * and nothing changes the evaluation in such a transaction. Built anew in a
	 * transaction that writes.
	 */
	private EvaluationDocument document(Evaluation evaluation) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly() || evaluation.getId() == null) {
			return built(evaluation);
		}
		@SuppressWarnings("unchecked")
		Map<String, EvaluationDocument> read = (Map<String, EvaluationDocument>) TransactionSynchronizationManager
			.getResource(DOCUMENTS_READ);
		if (read == null) {
			Map<String, EvaluationDocument> documents = new HashMap<>();
			TransactionSynchronizationManager.bindResource(DOCUMENTS_READ, documents);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DOCUMENTS_READ);
				}
			});
			read = documents;
		}
		return read.computeIfAbsent(evaluation.getId() + ":" + evaluation.getVersion(), key -> built(evaluation));
	}

	private EvaluationDocument built(Evaluation evaluation) {
		return built(evaluation, true);
	}

	/** The document, with the leaves' inputs or (for the tree) without parsing them. */
	private EvaluationDocument built(Evaluation evaluation, boolean withLeaves) {
		DepartmentRef department = departments.byId(evaluation.getDepartmentId()).orElseThrow();
		FrameworkRef framework = frameworks.find(evaluation.getFrameworkId()).orElseThrow();
		return mapping.read(evaluation, new EvaluationDocument.Department(department.code(), department.name()),
				framework.code(), framework.version(), withLeaves);
	}

	private DepartmentRef departmentFor(EvaluationDocument.Department wanted, Viewer viewer) {
		Optional<DepartmentRef> existing = departments.byCode(wanted.code());
		if (existing.isEmpty()) {
			if (!viewer.isAdmin()) {
				throw new UnknownDepartmentException(wanted.code());
			}
			// Another import may be creating it at this moment: then it is used.
			return departments.createIfAbsent(wanted.code(), wanted.name());
		}
		// Imported into one's own department only: the 下属单位 one may see are not one's
		// to fill in.
		if (!viewer.fillsIn(existing.get().id())) {
			throw new AccessDeniedException("Not a department of " + viewer.username());
		}
		return existing.get();
	}

	/**
	 * Whether the viewer fills in this evaluation at all: its department's 填报人 or an
	 * administrator (whether it may be changed now is {@link #canEdit}).
	 */
	public boolean fillsIn(long id, Viewer viewer) {
		return fillsIn(visible(id, viewer), viewer);
	}

	/** The department's filler, or an administrator. */
	static boolean fillsIn(Evaluation evaluation, Viewer viewer) {
		return viewer.fillsIn(evaluation.getDepartmentId());
	}

	/**
	 * The evaluation if the viewer may change it now: its filler, while 草稿 or 退回
	 * ({@link NotEditableException} if not).
	 */
	Evaluation editableEvaluation(long id, Viewer viewer) {
		return editable(id, viewer);
	}

	private Evaluation editable(long id, Viewer viewer) {
		return editable(visible(id, viewer), viewer);
	}

	private Evaluation editable(Evaluation evaluation, Viewer viewer) {
		requireFiller(evaluation, viewer);
		if (!evaluation.isEditable()) {
			throw new NotEditableException("Evaluation " + evaluation.getId() + " is " + evaluation.getStatus());
		}
		return evaluation;
	}

	private static void requireFiller(Evaluation evaluation, Viewer viewer) {
		if (!fillsIn(evaluation, viewer)) {
			throw new AccessDeniedException("Only the department's staff fill in its evaluation");
		}
	}

	/**
	 * The evaluation if the viewer may see it; {@link EvaluationNotFoundException} if
	 * not.
	 */
	Evaluation visibleEvaluation(long id, Viewer viewer) {
		return visible(id, viewer);
	}

	/** The department of an evaluation the viewer sees. */
	DepartmentRef departmentOf(Evaluation evaluation) {
		return departments.byId(evaluation.getDepartmentId()).orElseThrow();
	}

	/**
	 * What changed between the submission before the last and the last one, field by
	 * field; empty after a first submission.
	 */
	List<EvaluationEvent.Change> changesSincePreviousSubmission(Evaluation evaluation) {
		if (evaluation.getPreviousSubmission() == null || evaluation.getSubmittedDocument() == null) {
			return List.of();
		}
		EvaluationDocument before = mapping.fromSnapshot(evaluation.getPreviousSubmission());
		EvaluationDocument after = mapping.fromSnapshot(evaluation.getSubmittedDocument());
		List<EvaluationEvent.Change> changes = new ArrayList<>(DocumentDiff.ofDraft(before, after));
		changes.addAll(DocumentDiff.ofGoals(before.goalReport(), after.goalReport()));
		return changes;
	}

	/** Scores an evaluation as stored. */
	Scored scored(Evaluation evaluation) {
		return score(document(evaluation), frameworks.tree(evaluation.getFrameworkId()), new ArrayList<>());
	}

	/**
	 * How the evaluation scores its 自评表, when its framework scores the 年度绩效指标; null
	 * otherwise. Problems are in Chinese, by {@code messages}.
	 */
	GoalScoring goalScoring(Evaluation evaluation, SheetMessages messages) {
		EvaluationDocument document = document(evaluation);
		IndicatorTree common = frameworks.tree(evaluation.getFrameworkId());
		if (common.goals() == null) {
			return null;
		}
		GoalLeaves.Applied applied = GoalLeaves.apply(common, document);
		Scored scored = score(document, common, new ArrayList<>());
		java.util.Map<String, java.math.BigDecimal> finals = new java.util.HashMap<>();
		if (scored.sheet() != null) {
			scored.sheet()
				.leaves()
				.stream()
				.filter(row -> row.finalScore() != null)
				.forEach(row -> finals.put(row.code(), row.finalScore()));
		}
		java.util.Map<Integer, java.math.BigDecimal> scores = new java.util.HashMap<>();
		applied.rows().forEach((code, row) -> {
			if (finals.containsKey(code)) {
				scores.put(row, finals.get(code));
			}
		});
		List<GoalScoring.FixedLeaf> fixed = common.leaves()
			.stream()
			.map(leaf -> new GoalScoring.FixedLeaf(leaf.code(), leaf.name(), leaf.weight(), finals.get(leaf.code()),
					leaf.criteria(),
					leaf.inputs()
						.stream()
						.map(spec -> new GoalScoring.Figure(leaf.labelOf(spec.name()),
								applied.inputs()
									.getOrDefault(leaf.code(), io.github.perfeval.scoring.LeafInputs.EMPTY)
									.decimal(spec.name())))
						.toList()))
			.toList();
		java.math.BigDecimal points = applied.tree().totalWeight();
		List<String> problems = scored.violations()
			.stream()
			.filter(violation -> (violation.field() != null && violation.field().startsWith("goalReport.indicators"))
					|| fixed.stream().anyMatch(leaf -> leaf.code().equals(violation.indicator())))
			.map(violation -> messages.error(violation, scored.tree()).message())
			.toList();
		return new GoalScoring(common.goals().rule().levels(), fixed, scores, points, problems);
	}

	/** The evaluation's indicator tree, its 个性指标 applied, without scoring it. */
	IndicatorTree tree(Evaluation evaluation) {
		// The tree does not depend on the leaves' inputs: they are not parsed for it.
		EvaluationDocument document = built(evaluation, false);
		return DocumentMapping.customization(document)
			.applyTo(GoalLeaves.apply(frameworks.tree(evaluation.getFrameworkId()), document).tree())
			.tree();
	}

	private Evaluation visible(long id, Viewer viewer) {
		return evaluations.findById(id)
			.filter(evaluation -> sees(viewer, evaluation.getDepartmentId()))
			.orElseThrow(() -> new EvaluationNotFoundException(id));
	}

	/**
	 * Whether the viewer sees the department's evaluations: their own departments (or
	 * all), and a 填报人 allowed to, the 下属单位 of their own.
	 */
	private boolean sees(Viewer viewer, long departmentId) {
		return viewer.canSee(departmentId) || subUnitsSeenBy(viewer).contains(departmentId);
	}

	/**
	 * The departments whose evaluations the viewer sees (the same rule as every read
	 * here), for lists that select evaluations in one query.
	 */
	public VisibleDepartments visibleDepartments(Viewer viewer) {
		if (viewer.seesAllDepartments()) {
			return new VisibleDepartments(true, Set.of());
		}
		Set<Long> ids = new java.util.HashSet<>(viewer.departmentIds());
		ids.addAll(subUnitsSeenBy(viewer));
		return new VisibleDepartments(false, ids);
	}

	private Set<Long> subUnitsSeenBy(Viewer viewer) {
		return viewer.seesSubUnitsOfOwn() ? departments.withSubUnits(viewer.departmentIds()) : Set.of();
	}

	private static EvaluationSummary summary(Evaluation evaluation, DepartmentRef department) {
		return new EvaluationSummary(evaluation.getId(), department.id(), department.code(), department.name(),
				evaluation.getYear(), evaluation.getStatus(), evaluation.getVersion(),
				evaluation.getUnit() == null ? "万元" : evaluation.getUnit());
	}

	/**
	 * A year after the current one: an evaluation of it needs an explicit confirmation.
	 */
	public static boolean isFuture(int year) {
		return year > Year.now().getValue();
	}

	private static Violation futureYear(int year) {
		return Violation.of(null, "year", "futureYear", String.valueOf(year), String.valueOf(Year.now().getValue()));
	}

	/**
	 * The framework version the document names ({@code frameworkVersion}), else the
	 * latest of its framework.
	 */
	private Optional<FrameworkRef> framework(EvaluationDocument document) {
		String code = frameworkCode(document);
		return document.frameworkVersion() == null ? frameworks.latest(code)
				: frameworks.find(code, document.frameworkVersion());
	}

	private String frameworkCode(EvaluationDocument document) {
		return document.framework() == null || document.framework().isBlank() ? defaultFramework : document.framework();
	}

	/**
	 * The frameworks a new evaluation may be on (the latest version of each), the default
	 * first.
	 */
	public List<FrameworkRef> frameworkChoices() {
		java.util.Map<String, FrameworkRef> latest = new java.util.LinkedHashMap<>();
		frameworks.all()
			.forEach(framework -> latest.merge(framework.code(), framework,
					(a, b) -> a.version() >= b.version() ? a : b));
		List<FrameworkRef> choices = new ArrayList<>(latest.values());
		choices
			.sort(java.util.Comparator.comparing((FrameworkRef framework) -> !framework.code().equals(defaultFramework))
				.thenComparing(FrameworkRef::code));
		return choices;
	}

}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.Indicator;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 年度自评: one department's self-evaluation of one year. {@code version} guards against two
 * people overwriting each other's saves.
 */
@Entity
@SecondaryTable(name = "goal_report", pkJoinColumns = @PrimaryKeyJoinColumn(name = "evaluation_id"))
class Evaluation extends AbstractAggregateRoot<Evaluation> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long departmentId;

	private int year;

	private long frameworkId;

	private String unit;

	@Enumerated(EnumType.STRING)
	private EvaluationStatus status = EvaluationStatus.DRAFT;

	/** While 已提交: the review level it waits at (1 主管部门, 2 财政局). */
	private Integer reviewLevel;

	/**
	 * The evaluation document (JSON) as submitted last, and as submitted the time before.
	 */
	private String submittedDocument;

	private String previousSubmission;

	/** How many times it was submitted: the round its comments belong to. */
	private int submissions;

	@jakarta.persistence.OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "evaluation_id", insertable = false, updatable = false)
	@jakarta.persistence.OrderBy("id")
	private List<ReviewComment> comments = new ArrayList<>();

	private String customIndicators;

	private String weights;

	private BigDecimal statedInitialBudget;

	private BigDecimal statedAdjustedBudget;

	private BigDecimal statedFinalAccounts;

	private String filledBy;

	private String headOfUnit;

	private String phone;

	private String notice;

	private String shortName;

	@Column(table = "goal_report", name = "unit")
	private String goalUnit;

	@Column(table = "goal_report")
	private String goalExpected;

	@Column(table = "goal_report")
	private String goalActual;

	@Column(table = "goal_report", name = "budget_total")
	private BigDecimal goalBudgetTotal;

	@Column(table = "goal_report", name = "budget_fiscal")
	private BigDecimal goalBudgetFiscal;

	@Column(table = "goal_report", name = "actual_total")
	private BigDecimal goalActualTotal;

	@Column(table = "goal_report", name = "actual_fiscal")
	private BigDecimal goalActualFiscal;

	/**
	 * The leaves' inputs by leaf code (the table's key with the evaluation): a map, so
	 * that a save updates the rows of the leaves that changed instead of deleting and
	 * inserting every row.
	 */
	@ElementCollection
	@CollectionTable(name = "leaf_entry", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "code")
	private Map<String, LeafEntry.Stored> leafEntries = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "score_override", joinColumns = @JoinColumn(name = "evaluation_id"))
	private List<OverrideEntry> overrides = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "budget_unit", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	private List<BudgetUnit> units = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "report_text", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "section")
	@Column(name = "body")
	private Map<String, String> texts = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "goal_task", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	private List<GoalTask> goalTasks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "goal_indicator", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	private List<GoalIndicator> goalIndicators = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Evaluation() {
	}

	Evaluation(long departmentId, int year, long frameworkId) {
		this.departmentId = departmentId;
		this.year = year;
		this.frameworkId = frameworkId;
	}

	Long getId() {
		return id;
	}

	long getDepartmentId() {
		return departmentId;
	}

	int getYear() {
		return year;
	}

	long getFrameworkId() {
		return frameworkId;
	}

	String getUnit() {
		return unit;
	}

	EvaluationStatus getStatus() {
		return status;
	}

	long getVersion() {
		return version;
	}

	String getCustomIndicators() {
		return customIndicators;
	}

	String getWeights() {
		return weights;
	}

	/** The leaves' inputs in the framework's order of their codes. */
	List<LeafEntry> getLeafEntries() {
		return leafEntries.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Indicator.CODE_ORDER))
			.map(entry -> new LeafEntry(entry.getKey(), entry.getValue()))
			.toList();
	}

	List<OverrideEntry> getOverrides() {
		return List.copyOf(overrides);
	}

	List<BudgetUnit> getUnits() {
		return List.copyOf(units);
	}

	Map<String, String> getTexts() {
		return Map.copyOf(texts);
	}

	List<GoalTask> getGoalTasks() {
		return List.copyOf(goalTasks);
	}

	List<GoalIndicator> getGoalIndicators() {
		return List.copyOf(goalIndicators);
	}

	EvaluationDocument.Amounts statedTotals() {
		return statedInitialBudget == null && statedAdjustedBudget == null && statedFinalAccounts == null ? null
				: new EvaluationDocument.Amounts(statedInitialBudget, statedAdjustedBudget, statedFinalAccounts);
	}

	EvaluationDocument.Signatories signatories() {
		return filledBy == null && headOfUnit == null && phone == null && notice == null && shortName == null ? null
				: new EvaluationDocument.Signatories(filledBy, headOfUnit, phone, notice, shortName);
	}

	boolean hasGoalReport() {
		return goalUnit != null || goalExpected != null || goalActual != null || goalBudgetTotal != null
				|| !goalTasks.isEmpty() || !goalIndicators.isEmpty();
	}

	String getGoalUnit() {
		return goalUnit;
	}

	EvaluationDocument.Money goalTotals() {
		return goalBudgetTotal == null && goalBudgetFiscal == null && goalActualTotal == null
				&& goalActualFiscal == null ? null
						: new EvaluationDocument.Money(goalBudgetTotal, goalBudgetFiscal, goalActualTotal,
								goalActualFiscal);
	}

	EvaluationDocument.AnnualGoal annualGoal() {
		return goalExpected == null && goalActual == null ? null
				: new EvaluationDocument.AnnualGoal(goalExpected, goalActual);
	}

	/** A 填报人 may change a draft or a returned evaluation only. */
	boolean isEditable() {
		return status == EvaluationStatus.DRAFT || status == EvaluationStatus.RETURNED;
	}

	/**
	 * 提交: the filler hands a draft or a returned evaluation to the first review level.
	 */
	void submit(String actor, String summary, String document) {
		if (!isEditable()) {
			throw new TransitionRefusedException("notEditable", status.name());
		}
		previousSubmission = submittedDocument;
		submittedDocument = document;
		submissions++;
		transition(actor, EvaluationStatus.SUBMITTED, 1, "submit", summary);
	}

	/**
	 * The document as submitted the time before the last, or null after a first
	 * submission.
	 */
	String getPreviousSubmission() {
		return previousSubmission;
	}

	String getSubmittedDocument() {
		return submittedDocument;
	}

	/**
	 * 退回: a reviewer at the level it waits at sends it back to the filler, with a reason.
	 */
	void returnToFiller(String actor, int reviewerLevel, String reason) {
		expectUnderReviewAt(reviewerLevel);
		requireReason(reason);
		transition(actor, EvaluationStatus.RETURNED, null, "return", reason);
	}

	/**
	 * 审核通过 at the level it waits at: on to the next level, or 已审定 after the last of the
	 * department's {@code levels}.
	 */
	void approve(String actor, int reviewerLevel, int levels, String opinion) {
		approve(actor, reviewerLevel, levels, opinion, List.of());
	}

	/**
	 * 审核通过, refused at the last level while the report has {@code emptySections} (their
	 * headings): an approved report carries no gap.
	 */
	void approve(String actor, int reviewerLevel, int levels, String opinion, List<String> emptySections) {
		expectUnderReviewAt(reviewerLevel);
		if (reviewerLevel >= levels && !emptySections.isEmpty()) {
			throw new TransitionRefusedException("emptySections", String.join("、", emptySections));
		}
		if (reviewerLevel < levels) {
			transition(actor, EvaluationStatus.SUBMITTED, reviewerLevel + 1, "approveLevel", opinion);
		}
		else {
			transition(actor, EvaluationStatus.APPROVED, null, "approve", opinion);
		}
	}

	/**
	 * 重新打开: an administrator sends an approved evaluation back to the filler, with a
	 * reason.
	 */
	void reopen(String actor, String reason) {
		if (status != EvaluationStatus.APPROVED) {
			throw new TransitionRefusedException("notApproved");
		}
		requireReason(reason);
		transition(actor, EvaluationStatus.RETURNED, null, "reopen", reason);
	}

	/**
	 * 调整得分: a reviewer sets (score) or clears (null) a leaf's override while the
	 * evaluation waits at the reviewer's level; the computed score stays beside it.
	 */
	void override(String actor, int reviewerLevel, String code, BigDecimal score, String reason, Instant at) {
		expectUnderReviewAt(reviewerLevel);
		requireReason(reason);
		OverrideEntry old = overrides.stream().filter(entry -> entry.code().equals(code)).findFirst().orElse(null);
		overrides.removeIf(entry -> entry.code().equals(code));
		if (score != null) {
			overrides.add(new OverrideEntry(code, score, reason, actor, at));
		}
		updatedAt = at;
		// The reason is a remark the filler may answer, like any other.
		comments.add(new ReviewComment(id, code, actor, reason, submissions, ReviewComment.Kind.OVERRIDE));
		registerEvent(
				new EvaluationEvent.OverrideChanged(id, actor, code, old == null ? null : old.score().toPlainString(),
						score == null ? null : score.toPlainString(), reason));
	}

	/**
	 * 审核意见 on a leaf (or the evaluation, {@code code} null) by the reviewer at the
	 * waiting level.
	 */
	void comment(String actor, int reviewerLevel, String code, String text) {
		expectUnderReviewAt(reviewerLevel);
		requireReason(text);
		comments.add(new ReviewComment(id, code, actor, text, submissions, ReviewComment.Kind.COMMENT));
		registerEvent(new EvaluationEvent.Commented(id, actor, code, text));
	}

	/**
	 * 情况说明: the filler answers a remark of the last round once, while the evaluation is
	 * back with them.
	 */
	void answer(String actor, long commentId, String text, Instant at) {
		if (status != EvaluationStatus.RETURNED) {
			throw new TransitionRefusedException("notReturned");
		}
		requireReason(text);
		ReviewComment comment = comments.stream()
			.filter(candidate -> commentId == candidate.getId())
			.findFirst()
			.orElseThrow(() -> new TransitionRefusedException("unknownComment"));
		if (comment.getRound() != submissions) {
			throw new TransitionRefusedException("earlierRound");
		}
		if (comment.isAnswered()) {
			throw new TransitionRefusedException("answered");
		}
		comment.answer(actor, text, at);
		// The answer changes the aggregate: its version guards against a concurrent
		// second answer, which would overwrite this one and be recorded twice.
		updatedAt = at;
		registerEvent(new EvaluationEvent.Answered(id, actor, comment.note().code(), text));
	}

	List<ReviewNote> notes() {
		return comments.stream().map(ReviewComment::note).toList();
	}

	/** Records what a save changed, once the changes are known. */
	void changed(String actor, String source, List<EvaluationEvent.Change> changes) {
		if (!changes.isEmpty()) {
			registerEvent(new EvaluationEvent.ContentChanged(id, actor, source, List.copyOf(changes)));
		}
	}

	/**
	 * Records that the evaluation now exists (its id is known only once it is stored).
	 */
	/**
	 * A 佐证材料 file added or deleted: only while the filler may change the evaluation. The
	 * evaluation's own fields stay as they are (an editor open beside it keeps its
	 * version).
	 */
	void evidenceChanged(String actor, String leafCode, String removed, String added) {
		if (!isEditable()) {
			throw new TransitionRefusedException("notEditable", status.name());
		}
		registerEvent(new EvaluationEvent.EvidenceChanged(id, actor, leafCode, removed, added));
	}

	/**
	 * 新增个性指标: a department-specific leaf under a 二级 group, while the filler may change
	 * the evaluation.
	 */
	void addCustomIndicator(String actor, EvaluationDocument.CustomIndicator leaf) {
		requireEditable();
		List<EvaluationDocument.CustomIndicator> added = CustomizationJson.added(customIndicators);
		added.add(leaf);
		customIndicators = CustomizationJson.custom(CustomizationJson.removed(customIndicators), added);
		updatedAt = Instant.now();
		registerEvent(new EvaluationEvent.IndicatorCustomized(id, actor, EvaluationEvent.Customizing.ADDED, leaf.code(),
				leaf.name(), "customWeight", null, plain(leaf.weight())));
	}

	/** 修改个性指标: its name and its weight (分值). */
	void changeCustomIndicator(String actor, String code, String name, BigDecimal weight) {
		requireEditable();
		List<EvaluationDocument.CustomIndicator> added = CustomizationJson.added(customIndicators);
		for (int i = 0; i < added.size(); i++) {
			EvaluationDocument.CustomIndicator leaf = added.get(i);
			if (leaf.code().equals(code)) {
				added.set(i, new EvaluationDocument.CustomIndicator(leaf.group(), code, name, weight, leaf.rule()));
				if (!leaf.name().equals(name)) {
					registerEvent(new EvaluationEvent.IndicatorCustomized(id, actor,
							EvaluationEvent.Customizing.CHANGED, code, name, "customName", leaf.name(), name));
				}
				if (leaf.weight().compareTo(weight) != 0) {
					registerEvent(
							new EvaluationEvent.IndicatorCustomized(id, actor, EvaluationEvent.Customizing.CHANGED,
									code, name, "customWeight", plain(leaf.weight()), plain(weight)));
				}
			}
		}
		customIndicators = CustomizationJson.custom(CustomizationJson.removed(customIndicators), added);
		// A weight the document set for it would hide the one just given.
		Map<String, BigDecimal> stored = CustomizationJson.weights(weights);
		if (stored.remove(code) != null) {
			weights = CustomizationJson.weights(stored);
		}
		updatedAt = Instant.now();
	}

	/**
	 * 删除个性指标, with what was entered for it and any 调整得分 of an earlier round: the leaf is
	 * gone from the tree.
	 */
	void removeCustomIndicator(String actor, String code) {
		requireEditable();
		List<EvaluationDocument.CustomIndicator> added = CustomizationJson.added(customIndicators);
		EvaluationDocument.CustomIndicator leaf = added.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new TransitionRefusedException("unknownCustomIndicator"));
		added.remove(leaf);
		customIndicators = CustomizationJson.custom(CustomizationJson.removed(customIndicators), added);
		leafEntries.remove(code);
		overrides.removeIf(entry -> entry.code().equals(code));
		updatedAt = Instant.now();
		registerEvent(new EvaluationEvent.IndicatorCustomized(id, actor, EvaluationEvent.Customizing.REMOVED, code,
				leaf.name(), "customWeight", plain(leaf.weight()), null));
	}

	/**
	 * 修改分值 of a framework leaf; back at its framework weight, the evaluation no longer
	 * names it.
	 */
	void changeWeight(String actor, String code, String name, BigDecimal weight, BigDecimal frameworkWeight) {
		requireEditable();
		Map<String, BigDecimal> stored = CustomizationJson.weights(weights);
		BigDecimal old = stored.getOrDefault(code, frameworkWeight);
		if (old.compareTo(weight) == 0) {
			return;
		}
		if (weight.compareTo(frameworkWeight) == 0) {
			stored.remove(code);
		}
		else {
			stored.put(code, weight);
		}
		weights = CustomizationJson.weights(stored);
		updatedAt = Instant.now();
		registerEvent(new EvaluationEvent.IndicatorCustomized(id, actor, EvaluationEvent.Customizing.WEIGHT, code, name,
				"customWeight", plain(old), plain(weight)));
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new TransitionRefusedException("notEditable", status.name());
		}
	}

	private static String plain(BigDecimal number) {
		return number == null ? null : number.stripTrailingZeros().toPlainString();
	}

	void created(String actor, boolean imported) {
		registerEvent(new EvaluationEvent.Created(id, actor, year, imported));
	}

	/** Records that the new evaluation was started from {@code earlier}'s year. */
	void createdFrom(String actor, Evaluation earlier, boolean withCustomIndicators) {
		registerEvent(new EvaluationEvent.Created(id, actor, year, false, earlier.year, withCustomIndicators));
	}

	/**
	 * 以上年自评为基础: a new draft takes from an earlier year's evaluation what stays from year
	 * to year — the report's texts, the 表 1-1 units by name (not the year's amounts), the
	 * 自评表's tasks and indicators with their targets (not what was spent or achieved), the
	 * money unit and the signatories (not the notice, which each year has its own) — and,
	 * when asked, its 个性指标 and weights. Never the leaves' inputs, the 调整得分, the review
	 * comments, the evidence or the status.
	 */
	void startFrom(Evaluation earlier, boolean withCustomIndicators) {
		unit = earlier.unit;
		texts.clear();
		texts.putAll(earlier.texts);
		replace(units, earlier.units.stream().map(row -> new BudgetUnit(row.name(), null, null, null)).toList());
		filledBy = earlier.filledBy;
		headOfUnit = earlier.headOfUnit;
		phone = earlier.phone;
		shortName = earlier.shortName;
		goalUnit = earlier.goalUnit;
		goalExpected = earlier.goalExpected;
		replace(goalTasks,
				earlier.goalTasks.stream()
					.map(task -> new GoalTask(task.name(), task.content(), null, null, null, null, null))
					.toList());
		replace(goalIndicators,
				earlier.goalIndicators.stream()
					.map(row -> new GoalIndicator(row.level1(), row.level2(), row.name(), row.expected(), null,
							row.nature(), row.target(), row.unit(), null, null, row.points(), null))
					.toList());
		if (withCustomIndicators) {
			customIndicators = earlier.customIndicators;
			weights = earlier.weights;
		}
		updatedAt = Instant.now();
	}

	Integer getReviewLevel() {
		return reviewLevel;
	}

	private void expectUnderReviewAt(int reviewerLevel) {
		if (status != EvaluationStatus.SUBMITTED) {
			throw new TransitionRefusedException("notSubmitted");
		}
		if (reviewLevel != null && reviewLevel != reviewerLevel) {
			throw new TransitionRefusedException("otherLevel", reviewLevel);
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new TransitionRefusedException("reasonRequired");
		}
	}

	private void transition(String actor, EvaluationStatus to, Integer level, String name, String reason) {
		EvaluationStatus from = status;
		status = to;
		reviewLevel = level;
		updatedAt = Instant.now();
		registerEvent(new EvaluationEvent.StatusChanged(id, actor, from, to, level, name, reason));
	}

	void expectVersion(long expected) {
		if (version != expected) {
			throw new StaleEvaluationException(id);
		}
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	/** Replaces the leaf inputs and report content a filler edits; overrides stay. */
	void replaceDraft(List<LeafEntry> leafEntries, List<BudgetUnit> units, EvaluationDocument.Amounts totals,
			EvaluationDocument.Signatories signatories, Map<String, String> texts) {
		Map<String, LeafEntry.Stored> leaves = new LinkedHashMap<>();
		leafEntries.forEach(entry -> leaves.put(entry.code(), entry.stored()));
		// Only the entries that differ are written (Hibernate compares them by key).
		this.leafEntries.keySet()
			.stream()
			.filter(code -> !leaves.containsKey(code))
			.toList()
			.forEach(this.leafEntries::remove);
		leaves.forEach((code, stored) -> {
			if (!stored.equals(this.leafEntries.get(code))) {
				this.leafEntries.put(code, stored);
			}
		});
		replace(this.units, units);
		this.texts.clear();
		this.texts.putAll(texts);
		this.statedInitialBudget = totals == null ? null : totals.initialBudget();
		this.statedAdjustedBudget = totals == null ? null : totals.adjustedBudget();
		this.statedFinalAccounts = totals == null ? null : totals.finalAccounts();
		this.filledBy = signatories == null ? null : signatories.filledBy();
		this.headOfUnit = signatories == null ? null : signatories.headOfUnit();
		this.phone = signatories == null ? null : signatories.phone();
		this.notice = signatories == null ? null : signatories.notice();
		this.shortName = signatories == null ? null : signatories.shortName();
		this.updatedAt = Instant.now();
	}

	/** Replaces everything the document holds besides department, year and framework. */
	void replaceContent(String unit, String customIndicators, String weights, List<LeafEntry> leafEntries,
			List<OverrideEntry> overrides, List<BudgetUnit> units, EvaluationDocument.Amounts totals,
			EvaluationDocument.Signatories signatories, Map<String, String> texts) {
		this.unit = unit;
		this.customIndicators = customIndicators;
		this.weights = weights;
		replace(this.overrides, overrides);
		replaceDraft(leafEntries, units, totals, signatories, texts);
	}

	void replaceGoalReport(EvaluationDocument.GoalReport report, List<GoalTask> tasks, List<GoalIndicator> indicators) {
		EvaluationDocument.Money totals = report == null ? null : report.totals();
		EvaluationDocument.AnnualGoal goal = report == null ? null : report.annualGoal();
		this.goalUnit = report == null ? null : report.unit();
		this.goalExpected = goal == null ? null : goal.expected();
		this.goalActual = goal == null ? null : goal.actual();
		this.goalBudgetTotal = totals == null ? null : totals.budgetTotal();
		this.goalBudgetFiscal = totals == null ? null : totals.budgetFiscal();
		this.goalActualTotal = totals == null ? null : totals.actualTotal();
		this.goalActualFiscal = totals == null ? null : totals.actualFiscal();
		replace(this.goalTasks, tasks);
		replace(this.goalIndicators, indicators);
		this.updatedAt = Instant.now();
	}

	private static <T> void replace(List<T> target, List<T> source) {
		target.clear();
		target.addAll(source);
	}

}

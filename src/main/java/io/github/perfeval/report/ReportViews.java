package io.github.perfeval.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.ReportGaps;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.evaluation.TableTotals;
import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.framework.ReportSentence;
import io.github.perfeval.scoring.Checklist;
import io.github.perfeval.scoring.Choice;
import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.JudgmentLevel;
import io.github.perfeval.scoring.LeafInputs;
import io.github.perfeval.scoring.Manual;
import io.github.perfeval.scoring.Target;

/**
 * Builds the {@link ReportView}: the department's texts in the seeds' chapters, with the
 * sentences its framework states about each leaf's figures ({@link ReportSentences}), 表
 * 1-1 from its units, and a draft of 存在问题及改进措施 from the leaves that lost points when the
 * department wrote none.
 */
final class ReportViews {

	private final EvaluationDocument document;

	private final SheetView sheet;

	private final SheetMessages messages;

	private final String unit;

	private final String year;

	private final ReportSentences sentences;

	private final IndicatorTree tree;

	/** The framework the evaluation is scored on, as the introduction names it. */
	private final String frameworkName;

	/** The day it was approved, null while it is not: no gap and no 草稿 mark then. */
	private final java.time.LocalDate approvedOn;

	/** The sections the department left empty (ReportGaps). */
	private final List<String> emptySections;

	private ReportViews(EvaluationDocument document, SheetView sheet, SheetMessages messages, IndicatorTree tree,
			Map<String, List<ReportSentence>> sentences, java.time.LocalDate approvedOn) {
		this.approvedOn = approvedOn;
		this.emptySections = ReportGaps.emptySections(document);
		this.document = document;
		this.sheet = sheet;
		this.messages = messages;
		this.unit = document.unit() == null || document.unit().isBlank() ? text("report.unit.default")
				: document.unit();
		this.year = String.valueOf(document.year());
		this.tree = tree;
		this.sentences = ReportSentences.of(tree, sentences, document, sheet, unit, budgetAmounts());
		this.frameworkName = tree.name();
	}

	/**
	 * The draft of 存在问题及改进措施 as text the department edits in the editor: one line per
	 * subheading ("1. 政府采购执行情况") and per paragraph (存在问题：…, 改进措施：…).
	 */
	static String problemsDraftText(EvaluationDocument document, SheetView sheet, SheetMessages messages,
			IndicatorTree tree, Map<String, List<ReportSentence>> sentences) {
		List<String> lines = new ArrayList<>();
		for (ReportView.Block block : new ReportViews(document, sheet, messages, tree, sentences, null)
			.problemsDraft()) {
			if (block instanceof ReportView.Subheading subheading) {
				lines.add(subheading.text());
			}
			else if (block instanceof ReportView.Paragraph paragraph) {
				lines.add(paragraph.text());
			}
		}
		return String.join("\n", lines);
	}

	/**
	 * The report of an evaluation scored on {@code tree}, with the sentences its
	 * framework states about each leaf; {@code approvedOn} is the day the evaluation was
	 * approved, null while it is not (empty sections are then marked as gaps and the
	 * report as 草稿).
	 */
	static ReportView of(EvaluationDocument document, SheetView sheet, List<EvidenceItem> evidence,
			SheetMessages messages, IndicatorTree tree, Map<String, List<ReportSentence>> sentences,
			java.time.LocalDate approvedOn) {
		return of(document, sheet, evidence, messages, tree, sentences, approvedOn, null);
	}

	/**
	 * The report with 上年整改事项落实情况 under 存在问题 when {@code previous} holds last year's
	 * items.
	 */
	static ReportView of(EvaluationDocument document, SheetView sheet, List<EvidenceItem> evidence,
			SheetMessages messages, IndicatorTree tree, Map<String, List<ReportSentence>> sentences,
			java.time.LocalDate approvedOn, RectificationService.PreviousYear previous) {
		ReportViews views = new ReportViews(document, sheet, messages, tree, sentences, approvedOn);
		views.previous = previous;
		return views.build(views.evidence(evidence));
	}

	/** Last year's 整改事项, or null. */
	private RectificationService.PreviousYear previous;

	private List<ReportView.EvidenceLine> evidence(List<EvidenceItem> files) {
		Map<String, String> names = new java.util.HashMap<>();
		sheet.rows().forEach(row -> names.put(row.code(), row.code() + " " + row.name()));
		List<ReportView.EvidenceLine> lines = new ArrayList<>();
		for (EvidenceItem file : files) {
			String leaf = file.leafCode() == null ? text("evidence.whole")
					: names.getOrDefault(file.leafCode(), file.leafCode());
			lines.add(new ReportView.EvidenceLine(String.valueOf(lines.size() + 1), leaf, file.fileName(), file.type(),
					file.sizeText(), file.when().substring(0, 10)));
		}
		return lines;
	}

	private ReportView build(List<ReportView.EvidenceLine> evidence) {
		EvaluationDocument.Signatories signatories = document.signatories();
		String department = document.department().name();
		String intro = intro(department, signatories);
		List<ReportView.Chapter> chapters = List.of(chapter1(), chapter2(), chapter3());
		GoalReportView goals = goals();
		return new ReportView(text("report.title", year), department, year,
				signatories == null ? null : signatories.filledBy(),
				signatories == null ? null : signatories.headOfUnit(), signatories == null ? null : signatories.phone(),
				intro, chapters, sheet, goals, annexes(goals != null, !evidence.isEmpty()), evidence, draft(chapters),
				closing(department, signatories));
	}

	/**
	 * 导语: the department (with 以下简称“我局” when it gave a short name), the notice it answers
	 * when given, the framework, the score.
	 */
	private String intro(String department, EvaluationDocument.Signatories signatories) {
		String shortName = signatories == null ? null : blankToNull(signatories.shortName());
		String named = shortName == null ? "" : text("report.intro.shortName", shortName);
		String notice = signatories == null ? null : blankToNull(signatories.notice());
		if (notice == null) {
			return sheet.grade() == null
					? text("report.introPending", department, year, Numbers.points(sheet.total()), frameworkName, named)
					: text("report.intro", department, year, Numbers.points(sheet.total()), sheet.grade(),
							frameworkName, named);
		}
		return sheet.grade() == null
				? text("report.introNoticePending", department, year, Numbers.points(sheet.total()), frameworkName,
						named, notice)
				: text("report.introNotice", department, year, Numbers.points(sheet.total()), sheet.grade(),
						frameworkName, named, notice);
	}

	/**
	 * The 草稿 mark and what is missing: each section left empty by its heading, each leaf
	 * without its data, each signatory; null once approved or complete.
	 */
	private ReportView.Draft draft(List<ReportView.Chapter> chapters) {
		if (approvedOn != null) {
			return null;
		}
		List<String> missing = new ArrayList<>();
		for (ReportView.Chapter chapter : chapters) {
			for (ReportView.Section section : chapter.sections()) {
				if (section.blocks()
					.stream()
					.anyMatch(block -> block instanceof ReportView.Paragraph paragraph && paragraph.unwritten())) {
					missing.add(text("report.draft.section", chapter.title(), section.title()));
				}
			}
		}
		for (SheetView.Row row : sheet.rows()) {
			if (row.finalScore() == null && !row.notApplicable()) {
				missing.add(text("report.draft.leaf", row.code(), row.name()));
			}
		}
		for (String role : ReportGaps.missingSignatories(document)) {
			missing.add(text("report.draft.signatory", text("signatory." + role)));
		}
		return missing.isEmpty() ? null : new ReportView.Draft(text("report.draft.mark"), text("report.draft.title"),
				text("report.draft.intro"), missing);
	}

	/**
	 * 落款: 填报人, 单位负责人 (联系电话 when given), the department with its 公章, the date of approval
	 * (blank before).
	 */
	private ReportView.Closing closing(String department, EvaluationDocument.Signatories signatories) {
		String blank = text("report.closing.blank");
		List<String> lines = new ArrayList<>();
		String filledBy = signatories == null ? null : blankToNull(signatories.filledBy());
		String headOfUnit = signatories == null ? null : blankToNull(signatories.headOfUnit());
		String phone = signatories == null ? null : blankToNull(signatories.phone());
		lines.add(text("report.closing.filledBy", filledBy == null ? blank : filledBy));
		lines.add(text("report.closing.headOfUnit", headOfUnit == null ? blank : headOfUnit));
		if (phone != null) {
			lines.add(text("report.closing.phone", phone));
		}
		String date = approvedOn == null ? text("report.closing.dateBlank")
				: text("report.closing.date", String.valueOf(approvedOn.getYear()),
						String.valueOf(approvedOn.getMonthValue()), String.valueOf(approvedOn.getDayOfMonth()));
		return new ReportView.Closing(lines, text("report.closing.seal", department), date);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private ReportView.Annexes annexes(boolean goals, boolean evidence) {
		List<String> names = new ArrayList<>(List.of(text("report.annex.name.sheet")));
		if (goals) {
			names.add(text("report.annex.name.goals"));
		}
		if (evidence) {
			names.add(text("report.annex.name.evidence"));
		}
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			titles.add(names.size() == 1 ? text("report.annex.single", names.get(i))
					: text("report.annex.numbered", String.valueOf(i + 1), names.get(i)));
		}
		return new ReportView.Annexes(titles.get(0), goals ? titles.get(1) : null,
				evidence ? titles.get(titles.size() - 1) : null);
	}

	private ReportView.Chapter chapter1() {
		List<ReportView.Block> execution = new ArrayList<>();
		ReportView.UnitsTable units = unitsTable();
		// The sentence states the figures 表 1-1 prints in its 合计 row (the sums of its
		// rows where it has units, TableTotals), not a stated total that disagrees: the
		// text and the table under it agree, and the stated figure is noted under the
		// table. The 执行率 is computed from the same two figures.
		EvaluationDocument.Amounts totals = totals();
		if (totals != null && totals.adjustedBudget() != null && totals.finalAccounts() != null) {
			execution.add(generated(text(units == null ? "report.gen.executionNoUnits" : "report.gen.execution", year,
					Numbers.amount(totals.adjustedBudget()), Numbers.amount(totals.finalAccounts()),
					Numbers.percent(totals.finalAccounts(), totals.adjustedBudget()), unit,
					ReportSentences.subject(document))));
		}
		execution.addAll(paragraphs("budgetExecution", execution.isEmpty() && units == null));
		if (units != null) {
			execution.add(units);
		}
		sentences.section("execution").forEach(sentence -> execution.add(generated(sentence)));
		return new ReportView.Chapter("c1", text("report.chapter1"),
				List.of(section("s11", "report.chapter1.functions", paragraphs("functions", true)),
						section("s12", "report.chapter1.annualTasks", paragraphs("annualTasks", true)),
						new ReportView.Section("s13", text("report.chapter1.budgetPreparation", year),
								paragraphs("budgetPreparation", true)),
						new ReportView.Section("s14", text("report.chapter1.budgetExecution", year), execution)));
	}

	private ReportView.Chapter chapter2() {
		List<ReportView.Block> analysis = new ArrayList<>();
		analysis.add(generated(scoreSummary()));
		sentences.section("analysis").forEach(sentence -> analysis.add(generated(sentence)));
		analysis.addAll(paragraphs("performanceAnalysis", false));
		return new ReportView.Chapter("c2", text("report.chapter2"),
				List.of(section("s21", "report.chapter2.goals", paragraphs("performanceGoals", true)),
						section("s22", "report.chapter2.work", paragraphs("performanceWork", true)),
						section("s23", "report.chapter2.analysis", analysis)));
	}

	private ReportView.Chapter chapter3() {
		List<ReportView.Block> problems = numbered(paragraphs("problems", false));
		if (problems.isEmpty()) {
			problems = problemsDraft();
		}
		if (previous != null && !previous.items().isEmpty()) {
			problems = new ArrayList<>(problems);
			problems.add(0, RectificationTables.of(previous, messages));
		}
		return new ReportView.Chapter("c3", text("report.chapter3"),
				List.of(section("s31", "report.chapter3.experience", paragraphs("experience", true)),
						section("s32", "report.chapter3.problems", problems),
						section("s33", "report.chapter3.plans", paragraphs("plans", true))));
	}

	/**
	 * One entry per leaf that lost points: its 存在问题 states the figures behind the loss
	 * (the framework's problem sentences, the parts of the rule that were not awarded,
	 * the filler's reasons, the 偏差原因 of a 年度绩效指标, the reviewer's reason for an adjusted
	 * score) and the rule's 总分 and 实际得分; its 改进措施 is the framework's measure. A leaf's
	 * {@code comment} is the evaluator's note about the data and is never printed here.
	 */
	private List<ReportView.Block> problemsDraft() {
		List<ReportView.Block> draft = new ArrayList<>();
		int number = 0;
		Map<String, EvaluationDocument.GoalIndicator> goalRows = goalRows();
		for (SheetView.Row row : sheet.rows()) {
			if (!row.lostPoints() || row.finalScore() == null) {
				continue;
			}
			number++;
			Indicator leaf = tree.leaf(row.code()).orElse(null);
			EvaluationDocument.GoalIndicator goal = goalRows.get(row.code());
			StringBuilder issue = new StringBuilder();
			sentences.leaf(row.code(), "problem").forEach(issue::append);
			if (leaf != null) {
				issue.append(ruleFacts(leaf, goal));
			}
			if (row.overrideReason() != null && !row.overrideReason().isBlank()) {
				issue.append(text("report.problem.review", withFullStop(row.overrideReason())));
			}
			if (issue.length() == 0) {
				issue.append(text("report.problem.lost", row.name()));
			}
			List<String> measures = new ArrayList<>(sentences.leaf(row.code(), "measure"));
			if (measures.isEmpty() && goal != null && tree.goals() != null && present(tree.goals().measure())) {
				measures.add(goalText(tree.goals().measure(), goal));
			}
			if (measures.isEmpty()) {
				measures.add(text("report.problem.measureDefault", row.name()));
			}
			draft.add(new ReportView.Subheading(text("report.problem.heading", String.valueOf(number), row.name())));
			draft.add(generated(text("report.problem.issue", issue.toString(), row.weightText(),
					Numbers.points(row.finalScore()))));
			draft.add(generated(text("report.problem.measures", String.join("", measures))));
		}
		if (draft.isEmpty()) {
			draft.add(generated(text("report.gen.noProblems")));
		}
		return draft;
	}

	/**
	 * What the leaf's rule says about the points it lost: the checklist items, 酌情 parts
	 * and options not awarded in full, the 成效档次 and its reason, the filler's reasons, the
	 * 年度绩效指标's target, result and 偏差原因.
	 */
	private String ruleFacts(Indicator leaf, EvaluationDocument.GoalIndicator goal) {
		Map<String, Object> inputs = document.indicators() == null ? null : document.indicators().get(leaf.code());
		Map<String, Object> values = inputs == null ? Map.of() : inputs;
		List<String> parts = new ArrayList<>();
		List<String> facts = new ArrayList<>();
		for (Component component : leaf.rule()) {
			if (component instanceof Checklist checklist) {
				Object given = values.get(checklist.input());
				List<?> scores = given instanceof List<?> list ? list : List.of();
				for (int i = 0; i < checklist.items().size() && i < scores.size(); i++) {
					Checklist.Item item = checklist.items().get(i);
					BigDecimal score = LeafInputs.toDecimal(scores.get(i));
					if (score != null && score.compareTo(item.points()) < 0) {
						parts.add(text("report.problem.part", item.label(), Numbers.points(item.points()),
								Numbers.points(score)));
					}
				}
			}
			else if (component instanceof Manual manual) {
				BigDecimal score = LeafInputs.toDecimal(values.get(manual.input()));
				BigDecimal points = manual.points() == null ? leaf.weight()
						: manual.points()
							.multiply(leaf.weight())
							.divide(leaf.referenceWeight(), 2, java.math.RoundingMode.HALF_UP);
				if (score != null && score.compareTo(points) < 0 && present(manual.label())) {
					parts.add(
							text("report.problem.part", manual.label(), Numbers.points(points), Numbers.points(score)));
				}
				if (manual.reason() != null && present(values.get(manual.reason()))) {
					facts.add(text("report.problem.reason", withFullStop(values.get(manual.reason()).toString())));
				}
			}
			else if (component instanceof Choice choice) {
				Object chosen = values.get(choice.input());
				choice.options()
					.stream()
					.filter(option -> option.value().equals(chosen) && option.points().compareTo(choice.points()) < 0)
					.findFirst()
					.ifPresent(option -> parts.add(text("report.problem.choicePart", choice.label(),
							Numbers.points(choice.points()), Numbers.points(option.points()), option.label())));
			}
			else if (component instanceof Judgment judgment) {
				String level = judgment.level(String.valueOf(values.get(Judgment.BAND)))
					.map(JudgmentLevel::name)
					.orElse(null);
				Object reason = values.get(Judgment.REASON);
				if (level != null && present(reason)) {
					facts.add(text("report.problem.judgmentReason", level, withFullStop(reason.toString())));
				}
				else if (level != null) {
					facts.add(text("report.problem.judgment", level));
				}
				else if (present(reason)) {
					facts.add(text("report.problem.reason", withFullStop(reason.toString())));
				}
			}
			else if (component instanceof Target target && goal != null && tree.goals() != null) {
				if (present(tree.goals().problem())) {
					facts.add(goalText(tree.goals().problem(), goal));
				}
				if (present(target.deviationReason()) && present(tree.goals().deviationNote())) {
					facts.add(withFullStop(MessageFormat.format(tree.goals().deviationNote().replace("'", "''"),
							target.deviationReason().strip())));
				}
			}
		}
		StringBuilder text = new StringBuilder();
		if (!parts.isEmpty()) {
			text.append(text("report.problem.parts", String.join(text("report.problem.partSeparator"), parts)));
		}
		facts.forEach(text::append);
		return text.toString();
	}

	/** A 年度绩效指标 template of the framework: {0} its name, {1} 指标值, {2} 完成值. */
	private static String goalText(String template, EvaluationDocument.GoalIndicator goal) {
		return MessageFormat.format(template.replace("'", "''"), Objects.toString(goal.name(), "").strip(),
				Objects.toString(goal.expected(), "").strip(), Objects.toString(goal.actual(), "").strip());
	}

	/**
	 * The 年度绩效指标 each goal leaf was made of: a leaf scored by a {@link Target} is the
	 * first indicator not yet taken with its name and 分值 (leaves keep the indicators'
	 * order within their group).
	 */
	private Map<String, EvaluationDocument.GoalIndicator> goalRows() {
		Map<String, EvaluationDocument.GoalIndicator> rows = new java.util.HashMap<>();
		EvaluationDocument.GoalReport report = document.goalReport();
		if (tree.goals() == null || report == null || report.indicators() == null) {
			return rows;
		}
		List<EvaluationDocument.GoalIndicator> free = new ArrayList<>(report.indicators());
		for (Indicator leaf : tree.leaves()) {
			if (leaf.rule().stream().noneMatch(Target.class::isInstance)) {
				continue;
			}
			for (EvaluationDocument.GoalIndicator indicator : free) {
				if (indicator != null && leaf.name().equals(Objects.toString(indicator.name(), "").strip())
						&& indicator.points() != null && indicator.points().compareTo(leaf.weight()) == 0) {
					rows.put(leaf.code(), indicator);
					free.remove(indicator);
					break;
				}
			}
		}
		return rows;
	}

	/**
	 * The department's paragraphs with its numbered lines ("1. 政府采购执行情况": a number, a
	 * short title without a full stop) as subheadings, as the draft prints them.
	 */
	private static List<ReportView.Block> numbered(List<ReportView.Block> blocks) {
		List<ReportView.Block> result = new ArrayList<>();
		for (ReportView.Block block : blocks) {
			if (block instanceof ReportView.Paragraph paragraph && !paragraph.unwritten()
					&& NUMBERED.matcher(paragraph.text()).matches()) {
				result.add(new ReportView.Subheading(paragraph.text()));
			}
			else {
				result.add(block);
			}
		}
		return result;
	}

	private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern
		.compile("\\d{1,2}[.．、]\\s*[^。；;：:，,]{1,40}");

	private static boolean present(Object text) {
		return text != null && !text.toString().isBlank();
	}

	/** 表 1-1's amounts by the names the 绩效自评表 budget leaf reads. */
	private Map<String, BigDecimal> budgetAmounts() {
		Map<String, BigDecimal> amounts = new java.util.HashMap<>();
		EvaluationDocument.Amounts totals = totals();
		if (totals != null) {
			amounts.put("initialBudget", totals.initialBudget());
			amounts.put("adjustedBudget", totals.adjustedBudget());
			amounts.put("finalAccounts", totals.finalAccounts());
		}
		return amounts;
	}

	private String scoreSummary() {
		List<String> items = new ArrayList<>();
		String previous = null;
		for (SheetView.Row row : sheet.rows()) {
			if (row.level1Span() > 0 && !row.level1().equals(previous)) {
				previous = row.level1();
				BigDecimal score = sheet.rows()
					.stream()
					.filter(other -> other.level1().equals(row.level1()) && other.finalScore() != null)
					.map(SheetView.Row::finalScore)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				// Under EXCLUDE a 不适用 leaf is out of the group's maximum as well.
				BigDecimal maximum = sheet.rows()
					.stream()
					.filter(other -> other.level1().equals(row.level1())
							&& !(other.notApplicable() && !sheet.notApplicableFull()))
					.map(SheetView.Row::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				items.add(text("report.gen.scoreItem", row.level1(), Numbers.points(score), Numbers.weight(maximum)));
			}
		}
		return text("report.gen.scores", String.join(text("report.gen.listSeparator"), items),
				Numbers.points(sheet.total()));
	}

	private ReportView.UnitsTable unitsTable() {
		List<EvaluationDocument.Unit> units = document.units();
		if (units == null || units.isEmpty()) {
			return null;
		}
		List<ReportView.UnitRow> rows = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			EvaluationDocument.Unit unit = units.get(i);
			rows.add(new ReportView.UnitRow(String.valueOf(i + 1), unit.name(), Numbers.amount(unit.initialBudget()),
					Numbers.amount(unit.adjustedBudget()), Numbers.amount(unit.finalAccounts()),
					Numbers.percent(unit.finalAccounts(), unit.adjustedBudget())));
		}
		EvaluationDocument.Amounts totals = totals();
		ReportView.UnitRow total = new ReportView.UnitRow("", text("report.units.total"),
				Numbers.amount(totals.initialBudget()), Numbers.amount(totals.adjustedBudget()),
				Numbers.amount(totals.finalAccounts()),
				Numbers.percent(totals.finalAccounts(), totals.adjustedBudget()));
		return new ReportView.UnitsTable(unit, rows, total, unitsNotes(totals));
	}

	/**
	 * 附注 under 表 1-1: each column whose stated total differs from the sum of its rows,
	 * with both figures (the table prints the sum).
	 */
	private List<String> unitsNotes(EvaluationDocument.Amounts printed) {
		EvaluationDocument.Amounts stated = document.totals();
		List<String> notes = new ArrayList<>();
		if (stated == null || printed == null) {
			return notes;
		}
		unitsNote(notes, "column.initialBudget", printed.initialBudget(), stated.initialBudget());
		unitsNote(notes, "column.adjustedBudget", printed.adjustedBudget(), stated.adjustedBudget());
		unitsNote(notes, "column.finalAccounts", printed.finalAccounts(), stated.finalAccounts());
		return notes;
	}

	private void unitsNote(List<String> notes, String columnKey, BigDecimal printed, BigDecimal stated) {
		if (printed == null || stated == null || Numbers.outOfBounds(stated) || printed.compareTo(stated) == 0) {
			return;
		}
		notes.add(text("report.units.note", text(columnKey), Numbers.amount(printed), Numbers.amount(stated),
				Numbers.amount(printed.subtract(stated).abs()), unit));
	}

	/**
	 * The totals as 表 1-1 prints them: the sums of its units' rows, else the totals the
	 * department states ({@link TableTotals}); null with neither.
	 */
	private EvaluationDocument.Amounts totals() {
		return TableTotals.of(document);
	}

	private GoalReportView goals() {
		EvaluationDocument.GoalReport report = document.goalReport();
		if (report == null || ((report.tasks() == null || report.tasks().isEmpty())
				&& (report.indicators() == null || report.indicators().isEmpty()) && report.annualGoal() == null)) {
			return null;
		}
		String goalUnit = report.unit() == null || report.unit().isBlank() ? text("report.goals.unitDefault")
				: report.unit();
		List<GoalReportView.Task> tasks = report.tasks() == null ? List.of()
				: report.tasks()
					.stream()
					.map(task -> new GoalReportView.Task(task.name(), task.content(), task.completion(),
							Numbers.amount(task.budgetTotal()), Numbers.amount(task.budgetFiscal()),
							Numbers.amount(task.actualTotal()), Numbers.amount(task.actualFiscal())))
					.toList();
		EvaluationDocument.Money money = report.totals();
		if (money == null && report.tasks() != null && !report.tasks().isEmpty()) {
			money = new EvaluationDocument.Money(sum(report.tasks(), EvaluationDocument.GoalTask::budgetTotal),
					sum(report.tasks(), EvaluationDocument.GoalTask::budgetFiscal),
					sum(report.tasks(), EvaluationDocument.GoalTask::actualTotal),
					sum(report.tasks(), EvaluationDocument.GoalTask::actualFiscal));
		}
		GoalReportView.Task totals = money == null ? null
				: new GoalReportView.Task(text("report.goals.sum"), null, null, Numbers.amount(money.budgetTotal()),
						Numbers.amount(money.budgetFiscal()), Numbers.amount(money.actualTotal()),
						Numbers.amount(money.actualFiscal()));
		List<EvaluationDocument.GoalIndicator> indicators = report.indicators() == null ? List.of()
				: report.indicators();
		List<GoalReportView.IndicatorRow> rows = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			EvaluationDocument.GoalIndicator indicator = indicators.get(i);
			boolean newLevel1 = i == 0 || !same(indicators.get(i - 1).level1(), indicator.level1());
			boolean newLevel2 = newLevel1 || !same(indicators.get(i - 1).level2(), indicator.level2());
			rows.add(new GoalReportView.IndicatorRow(indicator.level1(), newLevel1 ? run(indicators, i, true) : 0,
					indicator.level2(), newLevel2 ? run(indicators, i, false) : 0, indicator.name(),
					indicator.expected(), indicator.actual(), indicator.deviationReason(), indicator.missedTarget()));
		}
		// The 偏差原因 column is there where a target is missed, even before a reason is
		// given.
		boolean withDeviation = indicators.stream()
			.anyMatch(indicator -> indicator.missedTarget()
					|| (indicator.deviationReason() != null && !indicator.deviationReason().isBlank()));
		EvaluationDocument.AnnualGoal goal = report.annualGoal();
		return new GoalReportView(document.department().name(), year, goalUnit, tasks, totals,
				goal == null ? null : goal.expected(), goal == null ? null : goal.actual(), rows, withDeviation);
	}

	/** How many rows from {@code start} share its 一级 (and, for 二级, its 二级) name. */
	private static int run(List<EvaluationDocument.GoalIndicator> indicators, int start, boolean level1Only) {
		EvaluationDocument.GoalIndicator first = indicators.get(start);
		int end = start + 1;
		while (end < indicators.size() && same(indicators.get(end).level1(), first.level1())
				&& (level1Only || same(indicators.get(end).level2(), first.level2()))) {
			end++;
		}
		return end - start;
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private ReportView.Section section(String id, String titleKey, List<ReportView.Block> blocks) {
		return new ReportView.Section(id, text(titleKey), blocks);
	}

	/**
	 * The department's text of a section split into paragraphs; marked as a gap when
	 * empty, wanted and a draft.
	 */
	private List<ReportView.Block> paragraphs(String key, boolean markWhenEmpty) {
		String text = document.texts() == null ? null : document.texts().get(key);
		List<ReportView.Block> blocks = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R+")) {
				if (!line.isBlank()) {
					blocks.add(new ReportView.Paragraph(line.strip(), false));
				}
			}
		}
		// A gap is marked in a draft only; an approved report prints nothing in its
		// place (approval is refused while a required section is empty).
		if (blocks.isEmpty() && markWhenEmpty && emptySections.contains(key) && approvedOn == null) {
			blocks.add(new ReportView.Paragraph(text("report.gap"), true));
		}
		return blocks;
	}

	private static ReportView.Paragraph generated(String text) {
		return new ReportView.Paragraph(text, false);
	}

	private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
		return rows.stream()
			.map(amount)
			.map(SheetViews::zeroIfNull)
			.filter(value -> !Numbers.outOfBounds(value))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String withFullStop(String text) {
		String stripped = text.strip();
		return stripped.endsWith("。") || stripped.endsWith("；") ? stripped : stripped + "。";
	}

	private String text(String key, String... args) {
		return messages.text(key, (Object[]) args);
	}

}

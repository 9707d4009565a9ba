package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.Customization;
import io.github.perfeval.scoring.LeafInputs;
import io.github.perfeval.scoring.ScoreOverride;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Between the JSON evaluation document, the stored {@link Evaluation} and the scoring
 * inputs.
 */
@Component
class DocumentMapping {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, BigDecimal>> WEIGHTS = new TypeReference<>() {
	};

	private final JsonMapper json;

	DocumentMapping(JsonMapper json) {
		this.json = json;
	}

	/** The document as the submission keeps it. */
	String snapshot(EvaluationDocument document) {
		return json.writeValueAsString(document);
	}

	EvaluationDocument fromSnapshot(String snapshot) {
		return json.readValue(snapshot, EvaluationDocument.class);
	}

	static Customization customization(EvaluationDocument document) {
		EvaluationDocument.CustomIndicators custom = document.customIndicators();
		List<Customization.CustomLeaf> added = custom == null || custom.add() == null ? List.of()
				: custom.add()
					.stream()
					.map(leaf -> new Customization.CustomLeaf(leaf.group(), leaf.code(), leaf.name(), leaf.weight(),
							leaf.rule()))
					.toList();
		return new Customization(custom == null ? List.of() : custom.remove(), added, document.weights());
	}

	static Map<String, LeafInputs> inputs(EvaluationDocument document) {
		Map<String, LeafInputs> inputs = new LinkedHashMap<>();
		if (document.indicators() != null) {
			document.indicators().forEach((code, values) -> inputs.put(code, new LeafInputs(values)));
		}
		return inputs;
	}

	static Map<String, ScoreOverride> overrides(EvaluationDocument document) {
		Map<String, ScoreOverride> overrides = new LinkedHashMap<>();
		if (document.overrides() != null) {
			document.overrides()
				.forEach((code, override) -> overrides.put(code, new ScoreOverride(
						override == null ? null : override.score(), override == null ? null : override.reason())));
		}
		return overrides;
	}

	void write(EvaluationDocument document, Evaluation evaluation, String actor) {
		Instant now = Instant.now();
		List<LeafEntry> leaves = document.indicators() == null ? List.of()
				: document.indicators()
					.entrySet()
					.stream()
					.map(entry -> leafEntry(entry.getKey(), entry.getValue()))
					.toList();
		List<OverrideEntry> overrides = document.overrides() == null ? List.of()
				: document.overrides()
					.entrySet()
					.stream()
					.map(entry -> new OverrideEntry(entry.getKey(), entry.getValue().score(), entry.getValue().reason(),
							actor, now))
					.toList();
		List<BudgetUnit> units = document.units() == null ? List.of() : document.units()
			.stream()
			.map(unit -> new BudgetUnit(unit.name(), unit.initialBudget(), unit.adjustedBudget(), unit.finalAccounts()))
			.toList();
		evaluation.replaceContent(document.unit() == null ? "万元" : document.unit(),
				document.customIndicators() == null ? null : json.writeValueAsString(document.customIndicators()),
				document.weights() == null ? null : json.writeValueAsString(document.weights()), leaves, overrides,
				units, document.totals(), document.signatories(),
				document.texts() == null ? Map.of() : document.texts());
		writeGoalReport(document.goalReport(), evaluation);
	}

	/**
	 * Stores a 绩效目标完成情况自评表; each indicator's texts and 指标性质 / 指标值 / 单位 / 完成值 are
	 * completed from each other ({@link GoalValueParser#complete}).
	 */
	static void writeGoalReport(EvaluationDocument.GoalReport report, Evaluation evaluation) {
		evaluation.replaceGoalReport(report,
				report == null || report.tasks() == null ? List.of()
						: report.tasks().stream().map(GoalTask::of).toList(),
				report == null || report.indicators() == null ? List.of()
						: report.indicators()
							.stream()
							.map(indicator -> GoalIndicator.of(GoalValueParser.complete(indicator)))
							.toList());
	}

	/**
	 * Stores what the editor sends, invalid values as typed, so nothing typed is lost.
	 */
	void writeDraft(EditorInput input, Evaluation evaluation) {
		List<LeafEntry> leaves = input.leaves()
			.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(entry -> leafEntry(entry.getKey(), entry.getValue()))
			.toList();
		List<BudgetUnit> units = input.units()
			.stream()
			.map(unit -> new BudgetUnit(unit.name(), unit.initialBudget(), unit.adjustedBudget(), unit.finalAccounts()))
			.toList();
		evaluation.replaceDraft(leaves, units, input.totals(), input.signatories(), input.texts());
	}

	/** The stored document with the editor's values in place of the stored ones. */
	static EvaluationDocument withDraft(EvaluationDocument stored, EditorInput input) {
		Map<String, Map<String, Object>> leaves = new LinkedHashMap<>();
		input.leaves().forEach((code, values) -> {
			if (!values.isEmpty()) {
				leaves.put(code, values);
			}
		});
		return new EvaluationDocument(stored.department(), stored.year(), stored.framework(), stored.frameworkVersion(),
				stored.unit(), stored.customIndicators(), stored.weights(), leaves, stored.overrides(), input.units(),
				input.totals(), stored.goalReport(), input.signatories(), input.texts());
	}

	/**
	 * The stored document; without its leaves' inputs ({@code withLeaves} false) it holds
	 * all that the evaluation's indicator tree depends on (its 个性指标, 分值 and 自评表) without
	 * parsing each leaf's stored JSON.
	 */
	EvaluationDocument read(Evaluation evaluation, EvaluationDocument.Department department, String frameworkCode,
			int frameworkVersion, boolean withLeaves) {
		Map<String, Map<String, Object>> indicators = new LinkedHashMap<>();
		if (withLeaves) {
			evaluation.getLeafEntries().forEach(entry -> indicators.put(entry.code(), leafValues(entry)));
		}
		Map<String, EvaluationDocument.Override> overrides = new LinkedHashMap<>();
		evaluation.getOverrides()
			.forEach(entry -> overrides.put(entry.code(),
					new EvaluationDocument.Override(entry.score(), entry.reason())));
		Map<String, String> texts = new LinkedHashMap<>();
		DocumentCheck.SECTIONS.stream()
			.filter(evaluation.getTexts()::containsKey)
			.forEach(section -> texts.put(section, evaluation.getTexts().get(section)));
		return new EvaluationDocument(department, evaluation.getYear(), frameworkCode, frameworkVersion,
				evaluation.getUnit(),
				evaluation.getCustomIndicators() == null ? null
						: json.readValue(evaluation.getCustomIndicators(), EvaluationDocument.CustomIndicators.class),
				evaluation.getWeights() == null ? null : json.readValue(evaluation.getWeights(), WEIGHTS),
				indicators.isEmpty() ? null : indicators, overrides.isEmpty() ? null : overrides,
				evaluation.getUnits().isEmpty() ? null
						: evaluation.getUnits()
							.stream()
							.map(unit -> new EvaluationDocument.Unit(unit.name(), unit.initialBudget(),
									unit.adjustedBudget(), unit.finalAccounts()))
							.toList(),
				evaluation.statedTotals(), goalReport(evaluation), evaluation.signatories(),
				texts.isEmpty() ? null : texts);
	}

	static EvaluationDocument.GoalReport goalReport(Evaluation evaluation) {
		if (!evaluation.hasGoalReport()) {
			return null;
		}
		List<GoalTask> tasks = evaluation.getGoalTasks();
		List<GoalIndicator> indicators = evaluation.getGoalIndicators();
		return new EvaluationDocument.GoalReport(evaluation.getGoalUnit(),
				tasks.isEmpty() ? null : tasks.stream().map(GoalTask::toDocument).toList(), evaluation.goalTotals(),
				evaluation.annualGoal(),
				indicators.isEmpty() ? null : indicators.stream().map(GoalIndicator::toDocument).toList());
	}

	private LeafEntry leafEntry(String code, Map<String, Object> values) {
		Map<String, Object> inputs = new LinkedHashMap<>(values == null ? Map.of() : values);
		Object comment = inputs.remove("comment");
		Object evidence = inputs.remove("evidence");
		return new LeafEntry(code, json.writeValueAsString(inputs), comment == null ? null : comment.toString(),
				evidence == null ? null : json.writeValueAsString(evidence));
	}

	private Map<String, Object> leafValues(LeafEntry entry) {
		Map<String, Object> values = new LinkedHashMap<>(json.readValue(entry.inputs(), OBJECT));
		if (entry.comment() != null) {
			values.put("comment", entry.comment());
		}
		if (entry.evidence() != null) {
			values.put("evidence", json.readValue(entry.evidence(), Object.class));
		}
		return values;
	}

}

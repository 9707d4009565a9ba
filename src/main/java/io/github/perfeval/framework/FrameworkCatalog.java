package io.github.perfeval.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.ConsistencyCheck;
import io.github.perfeval.scoring.GoalScheme;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.GradeScale;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.NotApplicablePolicy;
import io.github.perfeval.scoring.InputText;
import io.github.perfeval.scoring.Judgment;
import io.github.perfeval.scoring.JudgmentLevel;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored indicator frameworks. A stored version never changes, so its tree is built
 * once and kept in memory, by id or by code and version: every instance sharing the
 * database may cache it. Nothing that changes is cached: drafts ({@link FrameworkDrafts})
 * and the list of versions are read from the database on every request. (A migration that
 * rewrites a stored version, as V10, V11 and V17 did, needs every instance restarted.)
 */
@Service
public class FrameworkCatalog {

	private static final TypeReference<List<Component>> RULE = new TypeReference<>() {
	};

	private static final TypeReference<List<FrameworkDocument.Grade>> GRADES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, InputText>> INPUTS = new TypeReference<>() {
	};

	private static final TypeReference<List<JudgmentLevel>> LEVELS = new TypeReference<>() {
	};

	private static final TypeReference<List<ReportSentence>> SENTENCES = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> NOTES = new TypeReference<>() {
	};

	private static final TypeReference<List<ConsistencyCheck>> CHECKS = new TypeReference<>() {
	};

	private final IndicatorFrameworkRepository frameworks;

	private final JsonMapper json;

	private final Map<Long, IndicatorTree> trees = new ConcurrentHashMap<>();

	private final Map<FrameworkKey, Map<String, List<ReportSentence>>> reports = new ConcurrentHashMap<>();

	private final Map<FrameworkKey, List<String>> notes = new ConcurrentHashMap<>();

	private final Map<FrameworkKey, List<ConsistencyCheck>> consistency = new ConcurrentHashMap<>();

	private record FrameworkKey(String code, int version) {
	}

	FrameworkCatalog(IndicatorFrameworkRepository frameworks, JsonMapper json) {
		this.frameworks = frameworks;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public Optional<FrameworkRef> latest(String code) {
		return frameworks.findFirstByCodeOrderByVersionDesc(code).map(FrameworkCatalog::ref);
	}

	@Transactional(readOnly = true)
	public Optional<FrameworkRef> find(long id) {
		return frameworks.findById(id).map(FrameworkCatalog::ref);
	}

	@Transactional(readOnly = true)
	public List<FrameworkRef> all() {
		return frameworks.findAllByOrderByCodeAscVersionAsc().stream().map(FrameworkCatalog::ref).toList();
	}

	/** The framework's indicator tree with its reference weights. */
	@Transactional(readOnly = true)
	public IndicatorTree tree(long frameworkId) {
		return trees.computeIfAbsent(frameworkId, id -> build(frameworks.findWithIndicatorsById(id)
			.orElseThrow(() -> new IllegalArgumentException("No framework " + id))));
	}

	/**
	 * The sentences the 自评报告 states about each leaf of a stored version, by leaf code;
	 * leaves without any are left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<ReportSentence>> reportSentences(String code, int version) {
		return reports.computeIfAbsent(new FrameworkKey(code, version), key -> {
			IndicatorFramework framework = frameworks.findWithIndicatorsByCodeAndVersion(code, version)
				.orElseThrow(() -> new IllegalArgumentException("No framework " + code + " v" + version));
			Map<String, List<ReportSentence>> sentences = new LinkedHashMap<>();
			framework.getIndicators()
				.stream()
				.filter(definition -> definition.getReport() != null)
				.forEach(definition -> sentences.put(definition.getCode(), sentences(definition)));
			return Map.copyOf(sentences);
		});
	}

	/** A stored version of the framework, if there is one. */
	@Transactional(readOnly = true)
	public Optional<FrameworkRef> find(String code, int version) {
		return frameworks.findByCodeAndVersion(code, version).map(FrameworkCatalog::ref);
	}

	/** Every framework with its versions, by code. */
	@Transactional(readOnly = true)
	public List<FrameworkSummary> summaries() {
		Map<Long, Long> usage = new HashMap<>();
		frameworks.countEvaluations().forEach(row -> usage.put(row.getId(), row.getEvaluations()));
		Map<String, List<IndicatorFramework>> byCode = new LinkedHashMap<>();
		frameworks.findAllByOrderByCodeAscVersionAsc()
			.forEach(
					framework -> byCode.computeIfAbsent(framework.getCode(), code -> new ArrayList<>()).add(framework));
		List<FrameworkSummary> summaries = new ArrayList<>();
		byCode.forEach((code, versions) -> {
			IndicatorFramework latest = versions.get(versions.size() - 1);
			summaries.add(new FrameworkSummary(code, latest.getName(), latest.getRegion(), latest.getVersion(),
					versions.stream()
						.map(version -> new FrameworkVersion(version.getVersion(), version.getName(),
								version.getCreatedAt(), usage.getOrDefault(version.getId(), 0L)))
						.toList()));
		});
		return summaries;
	}

	/**
	 * A stored version as the document it was imported from: the shape of the classpath
	 * files, so that it can be imported again.
	 */
	@Transactional(readOnly = true)
	public Optional<FrameworkDocument> document(String code, int version) {
		return frameworks.findWithIndicatorsByCodeAndVersion(code, version).map(this::document);
	}

	/**
	 * Stores a document as a new framework (a new code) or as the next version of its
	 * code; refused with every problem when invalid, or when it names a version other
	 * than the next. Existing versions, and the evaluations scored on them, stay as they
	 * are.
	 */
	@Transactional
	public FrameworkRef publish(FrameworkDocument document) {
		return store(document, nextVersion(document.code()));
	}

	/**
	 * Stores a shipped framework version (the version it names, else the next); refused
	 * like {@link #publish} when invalid.
	 */
	@Transactional
	public FrameworkRef store(FrameworkDocument document) {
		int version = document.version() != null ? document.version() : nextVersion(document.code());
		if (frameworks.existsByCodeAndVersion(document.code(), version)) {
			throw new IllegalStateException("Framework " + document.code() + " v" + version + " exists");
		}
		return store(document, version);
	}

	private FrameworkRef store(FrameworkDocument document, int version) {
		FrameworkCheck check = FrameworkCheck.check(document, version, json);
		if (!check.violations().isEmpty()) {
			throw new InvalidFrameworkException(document.code(), check.violations(), check.names());
		}
		IndicatorFramework framework = new IndicatorFramework(document.code(), version, document.name(),
				document.region(), document.judgmentDescription(), document.judgmentCriteria(),
				json.writeValueAsString(document.grades()), document.notApplicable(),
				document.judgmentLevels().isEmpty() ? null : json.writeValueAsString(document.judgmentLevels()));
		if (document.goals() != null) {
			framework.takeGoals(json.writeValueAsString(document.goals()));
		}
		if (!document.sheetNotes().isEmpty()) {
			framework.takeSheetNotes(json.writeValueAsString(document.sheetNotes()));
		}
		if (!document.checks().isEmpty()) {
			framework.takeChecks(json.writeValueAsString(document.checks()));
		}
		document.indicators().forEach(node -> add(framework, node, null));
		IndicatorTree tree = build(framework);
		if (tree.goals() == null && tree.totalWeight().compareTo(IndicatorTree.TOTAL) != 0) {
			throw new IllegalArgumentException(
					"Framework " + document.code() + " weighs " + tree.totalWeight() + ", not 100");
		}
		// Flushed here: a concurrent store of the same version fails on the unique key
		// now.
		return ref(frameworks.saveAndFlush(framework));
	}

	public boolean exists(String code, int version) {
		return frameworks.existsByCodeAndVersion(code, version);
	}

	private int nextVersion(String code) {
		return code == null ? 1
				: frameworks.findFirstByCodeOrderByVersionDesc(code).map(latest -> latest.getVersion() + 1).orElse(1);
	}

	private FrameworkDocument document(IndicatorFramework framework) {
		Map<String, List<IndicatorDefinition>> byParent = byParent(framework);
		return new FrameworkDocument(framework.getCode(), framework.getVersion(), framework.getName(),
				framework.getRegion(), framework.getJudgmentDescription(), framework.getJudgmentCriteria(),
				grades(framework), nodes(byParent.getOrDefault("null", List.of()), byParent),
				framework.getNotApplicable(), goals(framework),
				framework.getJudgmentLevels() == null ? null : judgmentLevels(framework), sheetNotes(framework),
				checks(framework));
	}

	private List<String> sheetNotes(IndicatorFramework framework) {
		return framework.getSheetNotes() == null ? List.of() : json.readValue(framework.getSheetNotes(), NOTES);
	}

	/** The 附注 the 评分表 of a stored version prints under its table. */
	@Transactional(readOnly = true)
	public List<String> sheetNotes(String code, int version) {
		return notes.computeIfAbsent(new FrameworkKey(code, version),
				key -> sheetNotes(frameworks.findByCodeAndVersion(code, version)
					.orElseThrow(() -> new IllegalArgumentException("No framework " + code + " v" + version))));
	}

	private List<ConsistencyCheck> checks(IndicatorFramework framework) {
		return framework.getChecks() == null ? List.of() : json.readValue(framework.getChecks(), CHECKS);
	}

	/** The 一致性检查 of a stored version, evaluated on each of its evaluations. */
	@Transactional(readOnly = true)
	public List<ConsistencyCheck> checks(String code, int version) {
		return consistency.computeIfAbsent(new FrameworkKey(code, version),
				key -> List.copyOf(checks(frameworks.findByCodeAndVersion(code, version)
					.orElseThrow(() -> new IllegalArgumentException("No framework " + code + " v" + version)))));
	}

	private List<FrameworkDocument.Node> nodes(List<IndicatorDefinition> definitions,
			Map<String, List<IndicatorDefinition>> byParent) {
		return definitions.stream().map(definition -> {
			if (definition.isLeaf()) {
				return new FrameworkDocument.Node(definition.getCode(), definition.getName(),
						new BigDecimal(definition.getWeight().stripTrailingZeros().toPlainString()),
						definition.getDescription(), definition.getCriteria(),
						definition.getInputLabels() == null ? null : json.readTree(definition.getInputLabels()),
						json.readTree(definition.getRule()), null, sentences(definition),
						definition.isNotApplicableAllowed() ? Boolean.TRUE : null);
			}
			return new FrameworkDocument.Node(definition.getCode(), definition.getName(), null,
					definition.getDescription(), definition.getCriteria(), null, null,
					nodes(byParent.getOrDefault(definition.getCode(), List.of()), byParent), null, null);
		}).toList();
	}

	private void add(IndicatorFramework framework, FrameworkDocument.Node node, String parent) {
		boolean leaf = node.children().isEmpty();
		framework.add(new IndicatorDefinition(node.code(), parent, node.name(), leaf ? node.weight() : null,
				node.description(), node.criteria(),
				leaf && node.inputs() != null && !node.inputs().isNull() ? json.writeValueAsString(node.inputs())
						: null,
				leaf ? json.writeValueAsString(node.rule()) : null,
				leaf && !node.report().isEmpty() ? json.writeValueAsString(node.report()) : null,
				leaf && Boolean.TRUE.equals(node.notApplicableAllowed())));
		node.children().forEach(child -> add(framework, child, node.code()));
	}

	private List<JudgmentLevel> judgmentLevels(IndicatorFramework framework) {
		return framework.getJudgmentLevels() == null ? List.of()
				: json.readValue(framework.getJudgmentLevels(), LEVELS);
	}

	private List<ReportSentence> sentences(IndicatorDefinition definition) {
		return definition.getReport() == null ? List.of() : json.readValue(definition.getReport(), SENTENCES);
	}

	private List<FrameworkDocument.Grade> grades(IndicatorFramework framework) {
		return json.readValue(framework.getGrades(), GRADES);
	}

	private GoalScheme goals(IndicatorFramework framework) {
		return framework.getGoals() == null ? null : json.readValue(framework.getGoals(), GoalScheme.class);
	}

	private static Map<String, List<IndicatorDefinition>> byParent(IndicatorFramework framework) {
		Map<String, List<IndicatorDefinition>> byParent = new LinkedHashMap<>();
		framework.getIndicators()
			.forEach(definition -> byParent
				.computeIfAbsent(String.valueOf(definition.getParentCode()), parent -> new ArrayList<>())
				.add(definition));
		return byParent;
	}

	private IndicatorTree build(IndicatorFramework framework) {
		Map<String, List<IndicatorDefinition>> byParent = byParent(framework);
		List<JudgmentLevel> levels = judgmentLevels(framework);
		List<Indicator> roots = byParent.getOrDefault("null", List.of())
			.stream()
			.map(root -> indicator(root, byParent, levels))
			.toList();
		return new IndicatorTree(framework.getCode(), framework.getVersion(), framework.getName(),
				framework.getJudgmentDescription(), framework.getJudgmentCriteria(), roots,
				new GradeScale(grades(framework).stream()
					.map(grade -> new GradeScale.Step(grade.name(), grade.min()))
					.toList()),
				framework.getNotApplicable() == null ? null : NotApplicablePolicy.valueOf(framework.getNotApplicable()),
				goals(framework), levels);
	}

	private Indicator indicator(IndicatorDefinition definition, Map<String, List<IndicatorDefinition>> byParent,
			List<JudgmentLevel> levels) {
		if (definition.isLeaf()) {
			Map<String, InputText> inputs = definition.getInputLabels() == null ? Map.of()
					: json.readValue(definition.getInputLabels(), INPUTS);
			List<Component> rule = withLevels(json.readValue(definition.getRule(), RULE), levels);
			BigDecimal weight = definition.getWeight();
			return Indicator
				.leafWithTexts(definition.getCode(), definition.getName(), weight, definition.getDescription(),
						definition.getCriteria(), inputs, rule)
				.withNotApplicableAllowed(definition.isNotApplicableAllowed());
		}
		List<Indicator> children = byParent.getOrDefault(definition.getCode(), List.of())
			.stream()
			.map(child -> indicator(child, byParent, levels))
			.toList();
		return Indicator.group(definition.getCode(), definition.getName(), children);
	}

	/** Each judgment rule with the framework's levels, unless it states its own. */
	static List<Component> withLevels(List<Component> rule, List<JudgmentLevel> levels) {
		return rule.stream()
			.map(component -> component instanceof Judgment judgment ? judgment.withFrameworkLevels(levels) : component)
			.toList();
	}

	private static FrameworkRef ref(IndicatorFramework framework) {
		return new FrameworkRef(framework.getId(), framework.getCode(), framework.getVersion(), framework.getName());
	}

}

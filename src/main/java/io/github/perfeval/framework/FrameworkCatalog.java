package io.github.perfeval.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.perfeval.scoring.Component;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored indicator frameworks. A stored version never changes, so its tree is built
 * once and kept in memory.
 */
@Service
public class FrameworkCatalog {

	private static final TypeReference<List<Component>> RULE = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private final IndicatorFrameworkRepository frameworks;

	private final JsonMapper json;

	private final Map<Long, IndicatorTree> trees = new ConcurrentHashMap<>();

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
	 * Stores a new framework version; its rules are parsed first, so a bad rule is
	 * refused.
	 */
	@Transactional
	public FrameworkRef store(FrameworkDocument document) {
		if (frameworks.existsByCodeAndVersion(document.code(), document.version())) {
			throw new IllegalStateException("Framework " + document.code() + " v" + document.version() + " exists");
		}
		IndicatorFramework framework = new IndicatorFramework(document.code(), document.version(), document.name(),
				document.region(), document.judgmentDescription(), document.judgmentCriteria());
		document.indicators().forEach(node -> add(framework, node, null));
		IndicatorTree tree = build(framework);
		if (tree.totalWeight().compareTo(IndicatorTree.TOTAL) != 0) {
			throw new IllegalArgumentException(
					"Framework " + document.code() + " weighs " + tree.totalWeight() + ", not 100");
		}
		return ref(frameworks.save(framework));
	}

	public boolean exists(String code, int version) {
		return frameworks.existsByCodeAndVersion(code, version);
	}

	private void add(IndicatorFramework framework, FrameworkDocument.Node node, String parent) {
		boolean leaf = node.children().isEmpty();
		framework.add(new IndicatorDefinition(node.code(), parent, node.name(), leaf ? node.weight() : null,
				node.description(), node.criteria(), leaf && node.inputs() != null ? node.inputs().toString() : null,
				leaf ? node.rule().toString() : null));
		node.children().forEach(child -> add(framework, child, node.code()));
	}

	private IndicatorTree build(IndicatorFramework framework) {
		Map<String, List<IndicatorDefinition>> byParent = new LinkedHashMap<>();
		framework.getIndicators()
			.forEach(definition -> byParent
				.computeIfAbsent(String.valueOf(definition.getParentCode()), parent -> new ArrayList<>())
				.add(definition));
		List<Indicator> roots = byParent.getOrDefault("null", List.of())
			.stream()
			.map(root -> indicator(root, byParent))
			.toList();
		return new IndicatorTree(framework.getCode(), framework.getVersion(), framework.getName(),
				framework.getJudgmentDescription(), framework.getJudgmentCriteria(), roots);
	}

	private Indicator indicator(IndicatorDefinition definition, Map<String, List<IndicatorDefinition>> byParent) {
		if (definition.isLeaf()) {
			Map<String, String> labels = definition.getInputLabels() == null ? Map.of()
					: json.readValue(definition.getInputLabels(), LABELS);
			List<Component> rule = json.readValue(definition.getRule(), RULE);
			BigDecimal weight = definition.getWeight();
			return Indicator.leaf(definition.getCode(), definition.getName(), weight, definition.getDescription(),
					definition.getCriteria(), labels, rule);
		}
		List<Indicator> children = byParent.getOrDefault(definition.getCode(), List.of())
			.stream()
			.map(child -> indicator(child, byParent))
			.toList();
		return Indicator.group(definition.getCode(), definition.getName(), children);
	}

	private static FrameworkRef ref(IndicatorFramework framework) {
		return new FrameworkRef(framework.getId(), framework.getCode(), framework.getVersion(), framework.getName());
	}

}

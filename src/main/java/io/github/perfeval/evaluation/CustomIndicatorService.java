package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.scoring.Customization;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个性指标 and weights in the editor: the filler adds, renames, reweights and removes a 二级
 * group's 个性指标 and changes its leaves' weights while the evaluation is 草稿 or 退回, and the
 * group keeps the weight the framework gives it. Each change goes through the aggregate,
 * which records it.
 */
@Service
@Transactional(readOnly = true)
public class CustomIndicatorService {

	private static final Set<String> RULES = Set.of("judgment", "manual");

	private final EvaluationService evaluations;

	private final EvaluationRepository repository;

	private final FrameworkCatalog frameworks;

	private final InputLimits limits;

	CustomIndicatorService(EvaluationService evaluations, EvaluationRepository repository, FrameworkCatalog frameworks,
			InputLimits limits) {
		this.evaluations = evaluations;
		this.repository = repository;
		this.frameworks = frameworks;
		this.limits = limits;
	}

	/** Every 二级 group of the evaluation as the block shows it. */
	public List<GroupWeights> groups(long id, Viewer viewer) {
		Evaluation evaluation = evaluations.visibleEvaluation(id, viewer);
		IndicatorTree common = frameworks.tree(evaluation.getFrameworkId());
		IndicatorTree tree = evaluations.tree(evaluation);
		Map<String, String> rules = rules(evaluation);
		return tree.groups()
			.stream()
			.filter(group -> group.level() == 2)
			.map(group -> new GroupWeights(group.code(), group.name(), expected(common, group.code()),
					nextCode(common, tree, group.code()),
					group.children()
						.stream()
						.map(leaf -> new GroupWeights.Leaf(leaf.code(), leaf.name(), leaf.weight(),
								rules.get(leaf.code())))
						.toList()))
			.toList();
	}

	/** The codes of the evaluation's 个性指标. */
	public Set<String> customCodes(long id, Viewer viewer) {
		return rules(evaluations.visibleEvaluation(id, viewer)).keySet();
	}

	/** Checks a change without storing anything: the live sum as the user types. */
	public CustomizationCheck check(long id, Viewer viewer, GroupCustomization change) {
		return check(evaluations.visibleEvaluation(id, viewer), change);
	}

	/**
	 * Stores a change of one group when it is valid, else fails with all its problems
	 * ({@link InvalidCustomizationException}) and stores nothing; fails too when the
	 * evaluation changed since {@code change.version()} or may not be changed now.
	 */
	@Transactional
	public EvaluationSummary customize(long id, Viewer viewer, GroupCustomization change) {
		Evaluation evaluation = evaluations.editableEvaluation(id, viewer);
		evaluation.expectVersion(change.version());
		CustomizationCheck check = check(evaluation, change);
		if (!check.valid()) {
			throw new InvalidCustomizationException(check);
		}
		IndicatorTree common = frameworks.tree(evaluation.getFrameworkId());
		Indicator group = evaluations.tree(evaluation).group(change.group()).orElseThrow();
		Map<String, String> rules = rules(evaluation);
		String actor = viewer.username();
		change.remove().forEach(code -> evaluation.removeCustomIndicator(actor, code));
		for (Indicator leaf : group.children()) {
			if (change.remove().contains(leaf.code())) {
				continue;
			}
			BigDecimal weight = change.weights().getOrDefault(leaf.code(), leaf.weight());
			if (rules.containsKey(leaf.code())) {
				evaluation.changeCustomIndicator(actor, leaf.code(),
						change.names().getOrDefault(leaf.code(), leaf.name()).strip(), weight);
			}
			else {
				evaluation.changeWeight(actor, leaf.code(), leaf.name(), weight,
						common.leaf(leaf.code()).map(Indicator::weight).orElse(leaf.weight()));
			}
		}
		if (change.added() != null) {
			GroupCustomization.NewIndicator added = change.added();
			String code = blank(added.code()) ? check.nextCode() : added.code().strip();
			evaluation.addCustomIndicator(actor, new EvaluationDocument.CustomIndicator(change.group(), code,
					added.name().strip(), added.weight(), added.rule()));
		}
		Evaluation saved = repository.saveAndFlush(evaluation);
		return evaluations.summary(saved.getId(), viewer);
	}

	private CustomizationCheck check(Evaluation evaluation, GroupCustomization change) {
		IndicatorTree common = frameworks.tree(evaluation.getFrameworkId());
		IndicatorTree tree = evaluations.tree(evaluation);
		Indicator group = tree.group(change.group()).filter(candidate -> candidate.level() == 2).orElse(null);
		if (group == null) {
			return new CustomizationCheck(change.group(), null, null, null, null, List
				.of(Violation.of(null, "customIndicators.add.group", "unknownGroup", String.valueOf(change.group()))));
		}
		Map<String, String> rules = rules(evaluation);
		List<Violation> violations = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (String code : change.remove()) {
			if (!rules.containsKey(code) || group.children().stream().noneMatch(leaf -> leaf.code().equals(code))) {
				violations.add(Violation.of(code, "remove", "notCustomIndicator"));
			}
		}
		for (Indicator leaf : group.children()) {
			if (change.remove().contains(leaf.code())) {
				continue;
			}
			BigDecimal weight = change.weights().containsKey(leaf.code()) ? change.weights().get(leaf.code())
					: leaf.weight();
			weight(leaf.code(), "customWeight", weight, violations);
			sum = weight == null ? sum : sum.add(weight);
			if (rules.containsKey(leaf.code()) && change.names().containsKey(leaf.code())) {
				name(leaf.code(), "customName", change.names().get(leaf.code()), violations);
			}
		}
		String nextCode = nextCode(common, tree, group.code());
		GroupCustomization.NewIndicator added = change.added();
		if (added != null) {
			int count = rules.size() - change.remove().size() + 1;
			if (count > limits.customIndicators()) {
				violations.add(Violation.of(null, "new.name", "tooManyCustom", limits.customIndicators()));
			}
			if (!blank(added.code())) {
				code(added.code().strip(), group.code(), common, tree, violations);
			}
			name(null, "new.name", added.name(), violations);
			if (added.rule() == null || !RULES.contains(added.rule())) {
				violations.add(Violation.of(null, "new.rule", "required"));
			}
			weight(null, "new.weight", added.weight(), violations);
			sum = added.weight() == null ? sum : sum.add(added.weight());
		}
		if (violations.isEmpty()) {
			violations.addAll(groupViolations(evaluation, common, group, change, nextCode));
		}
		return new CustomizationCheck(group.code(), group.name(), sum, expected(common, group.code()), nextCode,
				violations);
	}

	/** The group's weight and the total after the change, as the scoring sees them. */
	private List<Violation> groupViolations(Evaluation evaluation, IndicatorTree common, Indicator group,
			GroupCustomization change, String nextCode) {
		Set<String> inGroup = new HashSet<>();
		group.children().forEach(leaf -> inGroup.add(leaf.code()));
		List<String> removed = CustomizationJson.removed(evaluation.getCustomIndicators());
		List<Customization.CustomLeaf> added = new ArrayList<>();
		for (EvaluationDocument.CustomIndicator leaf : CustomizationJson.added(evaluation.getCustomIndicators())) {
			if (!change.remove().contains(leaf.code())) {
				added.add(new Customization.CustomLeaf(
						leaf.group(), leaf.code(), leaf.name(), inGroup.contains(leaf.code())
								? change.weights().getOrDefault(leaf.code(), leaf.weight()) : leaf.weight(),
						leaf.rule()));
			}
		}
		Map<String, BigDecimal> weights = new LinkedHashMap<>(CustomizationJson.weights(evaluation.getWeights()));
		change.weights().forEach((code, weight) -> {
			if (inGroup.contains(code) && common.leaf(code).isPresent() && !removed.contains(code)
					&& !isCustom(evaluation, code)) {
				weights.put(code, weight);
			}
		});
		if (change.added() != null) {
			GroupCustomization.NewIndicator leaf = change.added();
			added.add(new Customization.CustomLeaf(change.group(), blank(leaf.code()) ? nextCode : leaf.code().strip(),
					leaf.name(), leaf.weight(), leaf.rule()));
		}
		return new Customization(removed, added, weights).applyWithinGroups(common, Set.of(change.group()))
			.violations();
	}

	private void weight(String code, String field, BigDecimal weight, List<Violation> violations) {
		String problem = InputLimits.weightProblem(weight);
		if (problem != null) {
			violations.add("weightRange".equals(problem)
					? Violation.of(code, field, "customWeightRange", InputLimits.MAX_WEIGHT.toPlainString())
					: Violation.of(code, field, problem));
		}
	}

	private void name(String code, String field, String name, List<Violation> violations) {
		if (blank(name)) {
			violations.add(Violation.of(code, field, "required"));
			return;
		}
		String problem = TextField.CUSTOM_NAME.problem(name.strip(), limits);
		if (problem != null) {
			violations.add(Violation.of(code, field, problem, limits.customIndicatorName()));
		}
	}

	private static void code(String code, String group, IndicatorTree common, IndicatorTree tree,
			List<Violation> violations) {
		if (!Pattern.matches(Pattern.quote(group) + "\\.[1-9][0-9]{0,2}", code)) {
			violations.add(Violation.of(null, "new.code", "customCode", group));
		}
		else if (tree.leaf(code).isPresent() || common.leaf(code).isPresent() || tree.group(code).isPresent()) {
			violations.add(Violation.of(null, "new.code", "duplicateCustomCode", code));
		}
	}

	/**
	 * The next code under the group: one after the highest of its leaves, the framework's
	 * and the evaluation's (a removed framework leaf's code is not reused).
	 */
	private static String nextCode(IndicatorTree common, IndicatorTree tree, String group) {
		Set<String> codes = new HashSet<>();
		common.group(group).ifPresent(found -> found.children().forEach(leaf -> codes.add(leaf.code())));
		tree.group(group).ifPresent(found -> found.children().forEach(leaf -> codes.add(leaf.code())));
		int highest = 0;
		for (String code : codes) {
			String last = code.substring(code.lastIndexOf('.') + 1);
			if (code.startsWith(group + ".") && last.matches("[0-9]{1,3}")) {
				highest = Math.max(highest, Integer.parseInt(last));
			}
		}
		return group + "." + (highest + 1);
	}

	private static BigDecimal expected(IndicatorTree common, String group) {
		return common.group(group).map(Indicator::weight).orElse(null);
	}

	/** The rule of each 个性指标, by code. */
	private static Map<String, String> rules(Evaluation evaluation) {
		Map<String, String> rules = new LinkedHashMap<>();
		CustomizationJson.added(evaluation.getCustomIndicators()).forEach(leaf -> rules.put(leaf.code(), leaf.rule()));
		return rules;
	}

	private static boolean isCustom(Evaluation evaluation, String code) {
		return rules(evaluation).containsKey(code);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

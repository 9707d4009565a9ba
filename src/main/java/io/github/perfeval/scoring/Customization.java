package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 个性指标 and weights of one evaluation: leaves removed, department-specific leaves added to
 * a 二级 group, and leaf weights changed. Applied to the common framework it gives the tree
 * the evaluation is scored on.
 */
public record Customization(List<String> remove, List<CustomLeaf> add, Map<String, BigDecimal> weights) {

	public static final Customization NONE = new Customization(List.of(), List.of(), Map.of());

	/** How many customized trees are kept. */
	static final int KEPT = 256;

	private static final BoundedCache<Applied, Result> RESULTS = new BoundedCache<>(KEPT);

	/** A department-specific leaf; {@code rule} is {@code judgment} or {@code manual}. */
	public record CustomLeaf(String group, String code, String name, BigDecimal weight, String rule) {
	}

	public Customization {
		remove = remove == null ? List.of() : List.copyOf(remove);
		add = add == null ? List.of() : List.copyOf(add);
		weights = weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
	}

	public record Result(IndicatorTree tree, List<Violation> violations) {

		public Result {
			violations = List.copyOf(violations);
		}

	}

	/**
	 * The tree this customization gives on the common one, with what is wrong in it. The
	 * result is kept for the last {@value #KEPT} pairs of a tree (by identity: a
	 * framework version's tree is built once) and a customization (by value, its weights
	 * in their order), and the same tree is returned for them: its scoring plan is then
	 * kept too ({@link ScoringPlan}).
	 */
	public Result applyTo(IndicatorTree common) {
		return RESULTS.get(new Applied(new BoundedCache.Same<>(common), this, new ArrayList<>(weights.keySet())),
				() -> customize(common));
	}

	/** A customization applied to a tree; the weights' order is the violations' order. */
	private record Applied(BoundedCache.Same<IndicatorTree> common, Customization customization,
			List<String> weightOrder) {
	}

	private Result customize(IndicatorTree common) {
		List<Violation> violations = new ArrayList<>();
		Set<String> leafCodes = new HashSet<>(common.leaves().stream().map(Indicator::code).toList());
		remove.stream()
			.filter(code -> !leafCodes.contains(code))
			.forEach(code -> violations.add(Violation.of(code, "customIndicators.remove", "unknownIndicator")));
		leafCodes.removeAll(remove);
		Map<String, List<Indicator>> added = new LinkedHashMap<>();
		for (CustomLeaf leaf : add) {
			validate(common, leaf, leafCodes, violations);
			if (leafCodes.add(leaf.code())) {
				added.computeIfAbsent(leaf.group(), group -> new ArrayList<>()).add(toIndicator(common, leaf));
			}
		}
		weights.forEach((code, weight) -> {
			if (!leafCodes.contains(code)) {
				violations.add(Violation.of(code, "weights", "unknownIndicator"));
			}
			else if (weight == null || !NumberKind.SCORE.fits(weight) || weight.signum() <= 0
					|| weight.compareTo(IndicatorTree.TOTAL) > 0) {
				violations.add(Violation.of(code, "weights", weightBreach(weight)));
			}
		});
		IndicatorTree tree = common.withRoots(common.roots().stream().map(root -> rebuild(root, added)).toList());
		BigDecimal total = tree.totalWeight();
		if (violations.isEmpty() && total.compareTo(IndicatorTree.TOTAL) != 0) {
			violations.add(Violation.of(null, "weights", "weightsTotal", total.stripTrailingZeros().toPlainString(),
					total.subtract(IndicatorTree.TOTAL).stripTrailingZeros().toPlainString()));
		}
		return new Result(tree, violations);
	}

	/**
	 * As {@link #applyTo}, and each 二级 group of {@code groups} (every 二级 group when null)
	 * must weigh, after the customization, what the framework gives it: 个性指标 and weights
	 * of the editor stay within their group. A group that is off says by how much (and
	 * the total of 100 is then not repeated).
	 */
	public Result applyWithinGroups(IndicatorTree common, Collection<String> groups) {
		Result result = applyTo(common);
		List<Violation> groupViolations = new ArrayList<>();
		for (Indicator group : common.groups()) {
			if (group.level() != 2 || (groups != null && !groups.contains(group.code()))) {
				continue;
			}
			BigDecimal actual = result.tree().group(group.code()).map(Indicator::weight).orElse(BigDecimal.ZERO);
			BigDecimal difference = actual.subtract(group.weight());
			if (difference.signum() != 0) {
				groupViolations.add(Violation.of(group.code(), "weights",
						difference.signum() > 0 ? "groupWeightOver" : "groupWeightUnder", group.code(), group.name(),
						plain(actual), plain(group.weight()), plain(difference.abs())));
			}
		}
		List<Violation> violations = new ArrayList<>(result.violations());
		if (!groupViolations.isEmpty()) {
			violations.removeIf(violation -> "weightsTotal".equals(violation.code()));
			violations.addAll(groupViolations);
		}
		return new Result(result.tree(), violations);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private void validate(IndicatorTree common, CustomLeaf leaf, Set<String> leafCodes, List<Violation> violations) {
		String field = "customIndicators.add";
		boolean groupExists = common.group(leaf.group()).filter(group -> group.level() == 2).isPresent();
		if (leaf.code() == null || leaf.code().isBlank()) {
			violations.add(Violation.of(leaf.group(), field + ".code", "required"));
		}
		else if (leafCodes.contains(leaf.code()) || common.group(leaf.code()).isPresent()) {
			violations.add(Violation.of(leaf.code(), field + ".code", "duplicateCode"));
		}
		if (!groupExists) {
			violations.add(Violation.of(leaf.code(), field + ".group", "unknownGroup", String.valueOf(leaf.group())));
		}
		if (leaf.name() == null || leaf.name().isBlank()) {
			violations.add(Violation.of(leaf.code(), field + ".name", "required"));
		}
		if (leaf.weight() == null || !NumberKind.SCORE.fits(leaf.weight()) || leaf.weight().signum() <= 0
				|| leaf.weight().compareTo(IndicatorTree.TOTAL) > 0) {
			violations.add(Violation.of(leaf.code(), field + ".weight", weightBreach(leaf.weight())));
		}
		if (!"judgment".equals(leaf.rule()) && !"manual".equals(leaf.rule())) {
			violations.add(Violation.of(leaf.code(), field + ".rule", "customRule", String.valueOf(leaf.rule())));
		}
		else if ("judgment".equals(leaf.rule()) && common.judgmentLevels().isEmpty()) {
			violations.add(Violation.of(leaf.code(), field + ".rule", "noJudgmentLevels"));
		}
	}

	private Indicator rebuild(Indicator node, Map<String, List<Indicator>> added) {
		if (node.isLeaf()) {
			BigDecimal weight = weights.get(node.code());
			return validWeight(weight) ? node.withWeight(weight) : node;
		}
		List<Indicator> children = new ArrayList<>();
		node.children()
			.stream()
			.filter(child -> !remove.contains(child.code()))
			.map(child -> rebuild(child, added))
			.forEach(children::add);
		added.getOrDefault(node.code(), List.of())
			.stream()
			.map(child -> rebuild(child, Map.of()))
			.forEach(children::add);
		return node.withChildren(children);
	}

	private static Indicator toIndicator(IndicatorTree common, CustomLeaf leaf) {
		BigDecimal weight = validWeight(leaf.weight()) ? leaf.weight() : BigDecimal.ONE;
		if ("manual".equals(leaf.rule())) {
			return Indicator.leaf(leaf.code(), leaf.name(), weight, null, null, Map.of(),
					List.of(new Manual(Judgment.SCORE, null, null, Judgment.REASON)));
		}
		return Indicator.leaf(leaf.code(), leaf.name(), weight, common.judgmentDescription(), common.judgmentCriteria(),
				Map.of(), List.of(new Judgment(common.judgmentLevels())));
	}

	/** A weight above 0 and at most 100 with two decimals at most. */
	private static boolean validWeight(BigDecimal weight) {
		return weight != null && NumberKind.SCORE.fits(weight) && weight.signum() > 0
				&& weight.compareTo(IndicatorTree.TOTAL) <= 0;
	}

	/** Too many decimals when that is all that is wrong, else out of range. */
	private static String weightBreach(BigDecimal weight) {
		boolean inRange = weight != null && weight.signum() > 0 && weight.compareTo(IndicatorTree.TOTAL) <= 0;
		return inRange && "scoreDecimals".equals(InputCheck.scoreBreach(weight, IndicatorTree.TOTAL)) ? "scoreDecimals"
				: "weightRange";
	}

}

package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * What scoring reads from an indicator tree and not from the inputs, derived once per
 * tree: the leaves in order, each with its groups, its inputs and the keys it accepts;
 * the groups with the leaves under them. A tree never changes once built, so neither does
 * its plan: plans are kept by the tree's identity (an equal tree built anew gets a plan
 * of its own) for the last {@value #TREES} trees scored.
 */
record ScoringPlan(List<LeafPlan> leaves, List<GroupPlan> groups, Set<String> leafCodes, BigDecimal totalWeight) {

	static final int TREES = 256;

	private static final BoundedCache<BoundedCache.Same<IndicatorTree>, ScoringPlan> PLANS = new BoundedCache<>(TREES);

	static ScoringPlan of(IndicatorTree tree) {
		return PLANS.get(new BoundedCache.Same<>(tree), () -> plan(tree));
	}

	/**
	 * A leaf as the engine scores it. {@code level1} and {@code level2} are the names of
	 * its groups (null above the top); {@code inputs} are {@link Indicator#inputs()};
	 * {@code scored} the names of those that are not texts; {@code percents} those that
	 * are percentages; {@code shared} the inputs it reads from another leaf.
	 */
	record LeafPlan(Indicator leaf, String level1, String level2, List<InputSpec> inputs, Set<String> accepted,
			List<String> scored, List<String> percents, List<RulePart> rule, List<Veto> vetoes,
			List<SharedInput> shared, BigFraction factor, BigFraction weight) {

		/** Whether the leaf takes the key: one of its rule's inputs or a common key. */
		boolean accepts(String key) {
			return accepted.contains(key);
		}

	}

	/**
	 * A component of a leaf's rule and the inputs it needs valid before its checks
	 * between inputs run: the required ones that are not texts.
	 */
	record RulePart(Component component, List<String> needs) {
	}

	/** An input a leaf shares ({@link InputText#sameAs()}) and the leaf that holds it. */
	record SharedInput(String input, Indicator holder) {
	}

	/**
	 * A 一级 or 二级 group, its {@link Indicator#level() level} and the positions, in
	 * {@link #leaves()}, of the leaves under it.
	 */
	record GroupPlan(Indicator group, int level, List<Integer> leaves) {
	}

	private static ScoringPlan plan(IndicatorTree tree) {
		Map<String, List<Indicator>> ancestors = tree.ancestors();
		List<LeafPlan> leaves = new ArrayList<>();
		Map<String, List<Integer>> under = new LinkedHashMap<>();
		Set<String> leafCodes = new HashSet<>();
		for (Indicator leaf : tree.leaves()) {
			List<Indicator> chain = ancestors.get(leaf.code());
			// By the tree, not by code prefix: a 个性指标's code need not start with its
			// group's.
			for (String group : chain.stream().map(Indicator::code).distinct().toList()) {
				under.computeIfAbsent(group, code -> new ArrayList<>()).add(leaves.size());
			}
			leaves.add(leaf(tree, leaf, chain));
			leafCodes.add(leaf.code());
		}
		List<GroupPlan> groups = tree.groups()
			.stream()
			.map(group -> new GroupPlan(group, group.level(), List.copyOf(under.getOrDefault(group.code(), List.of()))))
			.toList();
		return new ScoringPlan(List.copyOf(leaves), groups, Collections.unmodifiableSet(leafCodes), tree.totalWeight());
	}

	private static LeafPlan leaf(IndicatorTree tree, Indicator leaf, List<Indicator> ancestors) {
		List<InputSpec> inputs = leaf.inputs();
		Set<String> accepted = new HashSet<>(LeafInputs.COMMON_KEYS);
		inputs.forEach(spec -> accepted.add(spec.name()));
		List<RulePart> rule = leaf.rule()
			.stream()
			.map(component -> new RulePart(component,
					component.inputs(leaf)
						.stream()
						.filter(spec -> spec.required() && spec.type() != InputType.TEXT)
						.map(InputSpec::name)
						.toList()))
			.toList();
		List<Veto> vetoes = leaf.rule().stream().filter(Veto.class::isInstance).map(Veto.class::cast).toList();
		List<SharedInput> shared = leaf.inputTexts()
			.keySet()
			.stream()
			.flatMap(input -> tree.holderOf(leaf, input).map(holder -> new SharedInput(input, holder)).stream())
			.toList();
		return new LeafPlan(leaf, ancestors.isEmpty() ? null : ancestors.get(0).name(),
				ancestors.size() < 2 ? null : ancestors.get(1).name(), inputs, Collections.unmodifiableSet(accepted),
				names(inputs, spec -> spec.type() != InputType.TEXT),
				names(inputs, spec -> spec.type() == InputType.PERCENT), rule, vetoes, shared, leaf.factor(),
				Exact.of(leaf.weight()));
	}

	private static List<String> names(List<InputSpec> inputs, Predicate<InputSpec> which) {
		return inputs.stream().filter(which).map(InputSpec::name).toList();
	}

}

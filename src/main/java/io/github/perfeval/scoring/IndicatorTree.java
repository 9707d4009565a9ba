package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 指标体系: the 一级 → 二级 → 三级 tree an evaluation is scored on. {@code judgmentDescription} and
 * {@code judgmentCriteria} are the texts a department-specific 个性指标 of the judgment kind
 * shows. {@code notApplicable} is how a leaf marked 不适用 scores (FULL where the framework
 * says nothing). {@code goals} is null, or says which groups take the evaluation's own
 * 年度绩效指标 as leaves ({@link GoalScheme}).
 */
public record IndicatorTree(String code, int version, String name, String judgmentDescription, String judgmentCriteria,
		List<Indicator> roots, GradeScale grades, NotApplicablePolicy notApplicable, GoalScheme goals,
		List<JudgmentLevel> judgmentLevels) {

	public static final BigDecimal TOTAL = BigDecimal.valueOf(100);

	/**
	 * {@code judgmentLevels} are the framework's 成效档次, which its judgment rules and a
	 * judgment 个性指标 use.
	 */
	public IndicatorTree {
		roots = List.copyOf(roots);
		notApplicable = notApplicable == null ? NotApplicablePolicy.FULL : notApplicable;
		judgmentLevels = judgmentLevels == null ? List.of() : List.copyOf(judgmentLevels);
	}

	/** The leaves, depth first. */
	public List<Indicator> leaves() {
		List<Indicator> leaves = new ArrayList<>();
		roots.forEach(root -> collect(root, leaves, true));
		return Collections.unmodifiableList(leaves);
	}

	/** The groups, each before its children's groups. */
	public List<Indicator> groups() {
		List<Indicator> groups = new ArrayList<>();
		roots.forEach(root -> collect(root, groups, false));
		return Collections.unmodifiableList(groups);
	}

	public Optional<Indicator> leaf(String code) {
		for (Indicator root : roots) {
			Indicator found = find(root, code, true);
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/**
	 * The leaf that holds an input the given leaf shares ({@code sameAs}), where the tree
	 * has it; empty for the leaf's own inputs, and where the holder was removed (个性指标).
	 */
	public Optional<Indicator> holderOf(Indicator leaf, String input) {
		return leaf.sharedFrom(input)
			.filter(code -> !code.equals(leaf.code()))
			.flatMap(this::leaf)
			.filter(holder -> !holder.sharedFrom(input).isPresent());
	}

	public Optional<Indicator> group(String code) {
		for (Indicator root : roots) {
			Indicator found = find(root, code, false);
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/** The chain of groups above a leaf: 一级 first. */
	public List<Indicator> ancestorsOf(String leafCode) {
		List<Indicator> path = new ArrayList<>();
		for (Indicator root : roots) {
			if (pathTo(root, leafCode, path)) {
				path.remove(path.size() - 1);
				return path;
			}
		}
		return List.of();
	}

	/**
	 * The chain of groups above each indicator, by code, as {@link #ancestorsOf} gives it
	 * (where two indicators share a code, the first one's): one walk of the tree instead
	 * of one per indicator.
	 */
	public Map<String, List<Indicator>> ancestors() {
		Map<String, List<Indicator>> ancestors = new HashMap<>();
		List<Indicator> path = new ArrayList<>();
		roots.forEach(root -> ancestors(root, path, ancestors));
		return ancestors;
	}

	public BigDecimal totalWeight() {
		BigDecimal total = BigDecimal.ZERO;
		for (Indicator leaf : leaves()) {
			total = total.add(leaf.weight());
		}
		return total;
	}

	public IndicatorTree withRoots(List<Indicator> newRoots) {
		return new IndicatorTree(code, version, name, judgmentDescription, judgmentCriteria, newRoots, grades,
				notApplicable, goals, judgmentLevels);
	}

	private static boolean pathTo(Indicator node, String code, List<Indicator> path) {
		path.add(node);
		if (node.code().equals(code)) {
			return true;
		}
		for (Indicator child : node.children()) {
			if (pathTo(child, code, path)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		return false;
	}

	private static void ancestors(Indicator node, List<Indicator> path, Map<String, List<Indicator>> ancestors) {
		ancestors.putIfAbsent(node.code(), List.copyOf(path));
		path.add(node);
		node.children().forEach(child -> ancestors(child, path, ancestors));
		path.remove(path.size() - 1);
	}

	/** The leaves (or the groups) under and including {@code node}, in tree order. */
	private static void collect(Indicator node, List<Indicator> found, boolean leaves) {
		if (node.isLeaf()) {
			if (leaves) {
				found.add(node);
			}
			return;
		}
		if (!leaves) {
			found.add(node);
		}
		node.children().forEach(child -> collect(child, found, leaves));
	}

	/** The first leaf (or group) with the code under and including {@code node}. */
	private static Indicator find(Indicator node, String code, boolean leaf) {
		if (node.isLeaf() == leaf && node.code().equals(code)) {
			return node;
		}
		for (Indicator child : node.children()) {
			Indicator found = find(child, code, leaf);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}

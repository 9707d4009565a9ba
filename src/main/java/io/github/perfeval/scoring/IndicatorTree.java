package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

	public List<Indicator> leaves() {
		return roots.stream().flatMap(IndicatorTree::leavesOf).toList();
	}

	public List<Indicator> groups() {
		return roots.stream().flatMap(IndicatorTree::groupsOf).toList();
	}

	public Optional<Indicator> leaf(String code) {
		return leaves().stream().filter(leaf -> leaf.code().equals(code)).findFirst();
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
		return groups().stream().filter(group -> group.code().equals(code)).findFirst();
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

	public BigDecimal totalWeight() {
		return leaves().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
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

	private static Stream<Indicator> leavesOf(Indicator node) {
		return node.isLeaf() ? Stream.of(node) : node.children().stream().flatMap(IndicatorTree::leavesOf);
	}

	private static Stream<Indicator> groupsOf(Indicator node) {
		return node.isLeaf() ? Stream.empty()
				: Stream.concat(Stream.of(node), node.children().stream().flatMap(IndicatorTree::groupsOf));
	}

}

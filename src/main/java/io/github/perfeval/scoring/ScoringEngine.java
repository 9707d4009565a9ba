package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an evaluation's leaf inputs and overrides on an indicator tree. Invalid or
 * incomplete leaves get no computed score (their violations are reported), so a draft can
 * always be scored.
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	/** The sheet and every problem found in the inputs and overrides, all at once. */
	public record Assessment(ScoringSheet sheet, List<Violation> violations) {

		public boolean valid() {
			return violations.isEmpty();
		}

	}

	public static Assessment assess(IndicatorTree tree, Map<String, LeafInputs> documentInputs,
			Map<String, ScoreOverride> overrides) {
		List<Violation> violations = new ArrayList<>();
		Map<String, LeafInputs> inputs = SharedInputs.resolve(tree, documentInputs, violations);
		Set<String> leafCodes = new HashSet<>();
		List<ScoringSheet.LeafScore> rows = new ArrayList<>();
		List<ScoringSheet.MissingLeaf> missing = new ArrayList<>();
		List<Notice> warnings = new ArrayList<>();
		Map<String, List<Indicator>> ancestors = tree.ancestors();
		for (Indicator leaf : tree.leaves()) {
			leafCodes.add(leaf.code());
			LeafInputs leafInputs = inputs.getOrDefault(leaf.code(), LeafInputs.EMPTY);
			NotApplicable notApplicable = NotApplicable.of(leaf, leafInputs, overrides.get(leaf.code()), violations);
			if (notApplicable == NotApplicable.APPLIES) {
				rows.add(notApplicableRow(tree, ancestors, leaf,
						leafInputs.text(LeafInputs.NOT_APPLICABLE_REASON).strip()));
				continue;
			}
			if (notApplicable == NotApplicable.REASON_MISSING) {
				rows.add(row(ancestors, leaf, null, null));
				missing.add(new ScoringSheet.MissingLeaf(leaf.code(), leaf.name(),
						List.of(LeafInputs.NOT_APPLICABLE_REASON)));
				continue;
			}
			LeafScoring scoring = LeafScoring.of(leaf, leafInputs);
			violations.addAll(scoring.violations());
			ScoreOverride override = checkedOverride(leaf, overrides.get(leaf.code()), violations);
			rows.add(row(ancestors, leaf, scoring.computed(), override));
			if (override == null && (scoring.computed() == null || !scoring.missingFields().isEmpty())) {
				missing.add(new ScoringSheet.MissingLeaf(leaf.code(), leaf.name(), stillNeeded(scoring)));
			}
			warnings.addAll(warnings(leaf, leafInputs, scoring.computed(), override));
		}
		warnings.addAll(PercentHint.of(tree, inputs));
		inputs.keySet()
			.stream()
			.filter(code -> !leafCodes.contains(code))
			.forEach(code -> violations.add(Violation.of(code, null, "unknownIndicator")));
		overrides.keySet()
			.stream()
			.filter(code -> !leafCodes.contains(code))
			.forEach(code -> violations.add(Violation.of(code, "overrides", "unknownIndicator")));
		return new Assessment(sheet(tree, ancestors, rows, missing, warnings, violations), violations);
	}

	/**
	 * Whether a leaf is marked 不适用 and may be: a mark on a leaf that may not be N/A, or
	 * one with an override, is refused and the leaf is scored as usual; a mark without a
	 * reason leaves the leaf unscored until the reason is given.
	 */
	private enum NotApplicable {

		NOT_MARKED, APPLIES, REASON_MISSING;

		static NotApplicable of(Indicator leaf, LeafInputs inputs, ScoreOverride override, List<Violation> violations) {
			Object mark = inputs.raw(LeafInputs.NOT_APPLICABLE);
			if (mark == null || Boolean.FALSE.equals(mark)) {
				return NOT_MARKED;
			}
			if (!(mark instanceof Boolean)) {
				violations.add(Violation.of(leaf.code(), LeafInputs.NOT_APPLICABLE, "notBoolean"));
				return NOT_MARKED;
			}
			if (!leaf.notApplicableAllowed()) {
				violations.add(Violation.of(leaf.code(), LeafInputs.NOT_APPLICABLE, "notApplicableNotAllowed"));
				return NOT_MARKED;
			}
			if (override != null) {
				violations.add(Violation.of(leaf.code(), "overrides", "notApplicableOverridden"));
				return NOT_MARKED;
			}
			if (!inputs.has(LeafInputs.NOT_APPLICABLE_REASON)
					|| !(inputs.raw(LeafInputs.NOT_APPLICABLE_REASON) instanceof String)) {
				violations
					.add(Violation.of(leaf.code(), LeafInputs.NOT_APPLICABLE_REASON, "notApplicableReasonRequired"));
				return REASON_MISSING;
			}
			return APPLIES;
		}

	}

	/**
	 * A leaf marked 不适用: its full weight (FULL), or no score at all (EXCLUDE: it counts
	 * in neither the score nor the maximum).
	 */
	private static ScoringSheet.LeafScore notApplicableRow(IndicatorTree tree,
			Map<String, List<Indicator>> ancestorsByCode, Indicator leaf, String reason) {
		List<Indicator> ancestors = ancestorsByCode.get(leaf.code());
		String level1 = ancestors.isEmpty() ? null : ancestors.get(0).name();
		String level2 = ancestors.size() < 2 ? null : ancestors.get(1).name();
		BigDecimal full = tree.notApplicable() == NotApplicablePolicy.FULL ? leaf.weight().setScale(2) : null;
		return new ScoringSheet.LeafScore(leaf.code(), level1, level2, leaf.name(), leaf.weight(), full, null, full,
				full == null ? null : BigDecimal.ZERO.setScale(2), true, reason);
	}

	/**
	 * The inputs a leaf still needs: the absent ones, or else those whose values are
	 * invalid.
	 */
	private static List<String> stillNeeded(LeafScoring scoring) {
		if (!scoring.missingFields().isEmpty()) {
			return scoring.missingFields();
		}
		return scoring.violations().stream().map(Violation::field).filter(field -> field != null).distinct().toList();
	}

	private static ScoreOverride checkedOverride(Indicator leaf, ScoreOverride override, List<Violation> violations) {
		if (override == null) {
			return null;
		}
		boolean valid = true;
		BigDecimal score = override.score();
		if (score == null || !NumberKind.SCORE.fits(score) || score.compareTo(leaf.weight()) > 0) {
			violations.add(Violation.of(leaf.code(), "override.score",
					score == null ? "scoreRange" : InputCheck.scoreBreach(score, leaf.weight()),
					InputCheck.plain(leaf.weight())));
			valid = false;
		}
		if (override.reason() == null || override.reason().isBlank()) {
			violations.add(Violation.of(leaf.code(), "override.reason", "reasonRequired"));
			valid = false;
		}
		return valid ? new ScoreOverride(score.setScale(2, RoundingMode.HALF_UP), override.reason()) : null;
	}

	private static ScoringSheet.LeafScore row(Map<String, List<Indicator>> ancestorsByCode, Indicator leaf,
			BigDecimal computed, ScoreOverride override) {
		List<Indicator> ancestors = ancestorsByCode.get(leaf.code());
		String level1 = ancestors.isEmpty() ? null : ancestors.get(0).name();
		String level2 = ancestors.size() < 2 ? null : ancestors.get(1).name();
		BigDecimal finalScore = override != null ? override.score() : computed;
		BigDecimal lost = finalScore == null ? null : leaf.weight().subtract(finalScore).setScale(2);
		return new ScoringSheet.LeafScore(leaf.code(), level1, level2, leaf.name(), leaf.weight(), computed, override,
				finalScore, lost, false, null);
	}

	private static List<Notice> warnings(Indicator leaf, LeafInputs inputs, BigDecimal computed,
			ScoreOverride override) {
		if (override != null && computed != null && override.score().compareTo(computed) != 0) {
			return List
				.of(Notice.of("overrideDiffers", leaf.code(), computed, override.score(), override.reason().strip()));
		}
		if (override == null && !inputs.hasAnyRuleInput() && !leaf.inputs().isEmpty()) {
			return List.of(Notice.of("noInput", leaf.code()));
		}
		return List.of();
	}

	private static ScoringSheet sheet(IndicatorTree tree, Map<String, List<Indicator>> ancestors,
			List<ScoringSheet.LeafScore> rows, List<ScoringSheet.MissingLeaf> missing, List<Notice> warnings,
			List<Violation> violations) {
		// By the tree, not by code prefix: a 个性指标's code need not start with its group's.
		Map<String, List<ScoringSheet.LeafScore>> under = new HashMap<>();
		for (ScoringSheet.LeafScore row : rows) {
			ancestors.get(row.code())
				.stream()
				.map(Indicator::code)
				.distinct()
				.forEach(group -> under.computeIfAbsent(group, code -> new ArrayList<>()).add(row));
		}
		List<ScoringSheet.GroupScore> groups = tree.groups().stream().map(group -> {
			List<ScoringSheet.LeafScore> its = under.getOrDefault(group.code(), List.of());
			return new ScoringSheet.GroupScore(group.code(), group.name(), group.level(), group.weight(), sum(its),
					maximum(tree, its));
		}).toList();
		BigDecimal scored = sum(rows);
		BigDecimal maximum = maximum(tree, rows);
		BigDecimal total = scored;
		ScoringSheet.Rescale rescale = null;
		if (maximum.compareTo(tree.totalWeight()) != 0) {
			rescale = new ScoringSheet.Rescale(scored, maximum);
			if (maximum.signum() == 0) {
				violations.add(Violation.of(null, LeafInputs.NOT_APPLICABLE, "allNotApplicable"));
			}
			// Exact: Σ scored × 100 ÷ Σ applicable weights, rounded once (§2).
			total = rescale.total();
		}
		String grade = missing.isEmpty() ? tree.grades().of(total) : null;
		return new ScoringSheet(total, grade, missing, warnings, groups, rows, rescale);
	}

	/** The weight of the rows that count: all but the leaves excluded as 不适用. */
	private static BigDecimal maximum(IndicatorTree tree, List<ScoringSheet.LeafScore> rows) {
		return rows.stream()
			.filter(row -> !(row.notApplicable() && tree.notApplicable() == NotApplicablePolicy.EXCLUDE))
			.map(ScoringSheet.LeafScore::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal sum(List<ScoringSheet.LeafScore> rows) {
		return rows.stream()
			.map(ScoringSheet.LeafScore::finalScore)
			.filter(score -> score != null)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}

package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores an evaluation's leaf inputs and overrides on an indicator tree. Invalid or
 * incomplete leaves get no computed score (their violations are reported), so a draft can
 * always be scored.
 */
public final class ScoringEngine {

	/** 0.00: a score's zero. */
	private static final BigDecimal SCORE_ZERO = BigDecimal.ZERO.setScale(2);

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
		ScoringPlan plan = ScoringPlan.of(tree);
		List<Violation> violations = new ArrayList<>();
		SharedInputs.Resolved inputs = SharedInputs.resolve(plan, documentInputs, violations);
		List<ScoringSheet.LeafScore> rows = new ArrayList<>(plan.leaves().size());
		List<ScoringSheet.MissingLeaf> missing = new ArrayList<>();
		List<Notice> warnings = new ArrayList<>();
		for (ScoringPlan.LeafPlan planned : plan.leaves()) {
			Indicator leaf = planned.leaf();
			LeafInputs leafInputs = inputs.of(leaf.code());
			NotApplicable notApplicable = NotApplicable.of(leaf, leafInputs, overrides.get(leaf.code()), violations);
			if (notApplicable == NotApplicable.APPLIES) {
				rows.add(notApplicableRow(tree, planned, leafInputs.text(LeafInputs.NOT_APPLICABLE_REASON).strip()));
				continue;
			}
			if (notApplicable == NotApplicable.REASON_MISSING) {
				rows.add(row(planned, null, null));
				missing.add(new ScoringSheet.MissingLeaf(leaf.code(), leaf.name(),
						List.of(LeafInputs.NOT_APPLICABLE_REASON)));
				continue;
			}
			LeafScoring scoring = LeafScoring.of(planned, leafInputs);
			violations.addAll(scoring.violations());
			ScoreOverride override = checkedOverride(leaf, overrides.get(leaf.code()), violations);
			rows.add(row(planned, scoring.computed(), override));
			if (override == null && (scoring.computed() == null || !scoring.missingFields().isEmpty())) {
				missing.add(new ScoringSheet.MissingLeaf(leaf.code(), leaf.name(), stillNeeded(scoring)));
			}
			warnings.addAll(warnings(planned, leafInputs, scoring.computed(), override));
		}
		warnings.addAll(PercentHint.of(plan, inputs));
		for (String code : documentInputs.keySet()) {
			if (!plan.leafCodes().contains(code)) {
				violations.add(Violation.of(code, null, "unknownIndicator"));
			}
		}
		for (String code : overrides.keySet()) {
			if (!plan.leafCodes().contains(code)) {
				violations.add(Violation.of(code, "overrides", "unknownIndicator"));
			}
		}
		return new Assessment(sheet(tree, plan, rows, missing, warnings, violations), violations);
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
	private static ScoringSheet.LeafScore notApplicableRow(IndicatorTree tree, ScoringPlan.LeafPlan planned,
			String reason) {
		Indicator leaf = planned.leaf();
		BigDecimal full = tree.notApplicable() == NotApplicablePolicy.FULL ? leaf.weight().setScale(2) : null;
		return new ScoringSheet.LeafScore(leaf.code(), planned.level1(), planned.level2(), leaf.name(), leaf.weight(),
				full, null, full, full == null ? null : BigDecimal.ZERO.setScale(2), true, reason);
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

	private static ScoringSheet.LeafScore row(ScoringPlan.LeafPlan planned, BigDecimal computed,
			ScoreOverride override) {
		Indicator leaf = planned.leaf();
		BigDecimal finalScore = override != null ? override.score() : computed;
		BigDecimal lost = finalScore == null ? null : leaf.weight().subtract(finalScore).setScale(2);
		return new ScoringSheet.LeafScore(leaf.code(), planned.level1(), planned.level2(), leaf.name(), leaf.weight(),
				computed, override, finalScore, lost, false, null);
	}

	private static List<Notice> warnings(ScoringPlan.LeafPlan planned, LeafInputs inputs, BigDecimal computed,
			ScoreOverride override) {
		Indicator leaf = planned.leaf();
		if (override != null && computed != null && override.score().compareTo(computed) != 0) {
			return List
				.of(Notice.of("overrideDiffers", leaf.code(), computed, override.score(), override.reason().strip()));
		}
		if (override == null && !planned.inputs().isEmpty() && !inputs.hasAnyRuleInput()) {
			return List.of(Notice.of("noInput", leaf.code()));
		}
		return List.of();
	}

	private static ScoringSheet sheet(IndicatorTree tree, ScoringPlan plan, List<ScoringSheet.LeafScore> rows,
			List<ScoringSheet.MissingLeaf> missing, List<Notice> warnings, List<Violation> violations) {
		List<ScoringSheet.GroupScore> groups = new ArrayList<>(plan.groups().size());
		for (ScoringPlan.GroupPlan planned : plan.groups()) {
			Indicator group = planned.group();
			BigDecimal score = SCORE_ZERO;
			BigDecimal maximum = BigDecimal.ZERO;
			for (int leaf : planned.leaves()) {
				ScoringSheet.LeafScore row = rows.get(leaf);
				score = add(score, row);
				maximum = counted(tree, maximum, row);
			}
			groups.add(new ScoringSheet.GroupScore(group.code(), group.name(), planned.level(), group.weight(), score,
					maximum));
		}
		BigDecimal scored = sum(rows);
		BigDecimal maximum = maximum(tree, rows);
		BigDecimal total = scored;
		ScoringSheet.Rescale rescale = null;
		if (maximum.compareTo(plan.totalWeight()) != 0) {
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
		BigDecimal maximum = BigDecimal.ZERO;
		for (ScoringSheet.LeafScore row : rows) {
			maximum = counted(tree, maximum, row);
		}
		return maximum;
	}

	/** The maximum so far and the row's weight, unless the row is excluded as 不适用. */
	private static BigDecimal counted(IndicatorTree tree, BigDecimal maximum, ScoringSheet.LeafScore row) {
		boolean excluded = row.notApplicable() && tree.notApplicable() == NotApplicablePolicy.EXCLUDE;
		return excluded ? maximum : maximum.add(row.weight());
	}

	private static BigDecimal sum(List<ScoringSheet.LeafScore> rows) {
		BigDecimal sum = SCORE_ZERO;
		for (ScoringSheet.LeafScore row : rows) {
			sum = add(sum, row);
		}
		return sum;
	}

	/** The sum so far and the row's final score, where it has one. */
	private static BigDecimal add(BigDecimal sum, ScoringSheet.LeafScore row) {
		return row.finalScore() == null ? sum : sum.add(row.finalScore());
	}

}

package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
		for (Indicator leaf : tree.leaves()) {
			leafCodes.add(leaf.code());
			LeafInputs leafInputs = inputs.getOrDefault(leaf.code(), LeafInputs.EMPTY);
			LeafScoring scoring = LeafScoring.of(leaf, leafInputs);
			violations.addAll(scoring.violations());
			ScoreOverride override = checkedOverride(leaf, overrides.get(leaf.code()), violations);
			rows.add(row(tree, leaf, scoring.computed(), override));
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
		return new Assessment(sheet(tree, rows, missing, warnings), violations);
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

	private static ScoringSheet.LeafScore row(IndicatorTree tree, Indicator leaf, BigDecimal computed,
			ScoreOverride override) {
		List<Indicator> ancestors = tree.ancestorsOf(leaf.code());
		String level1 = ancestors.isEmpty() ? null : ancestors.get(0).name();
		String level2 = ancestors.size() < 2 ? null : ancestors.get(1).name();
		BigDecimal finalScore = override != null ? override.score() : computed;
		BigDecimal lost = finalScore == null ? null : leaf.weight().subtract(finalScore).setScale(2);
		return new ScoringSheet.LeafScore(leaf.code(), level1, level2, leaf.name(), leaf.weight(), computed, override,
				finalScore, lost);
	}

	private static List<Notice> warnings(Indicator leaf, LeafInputs inputs, BigDecimal computed,
			ScoreOverride override) {
		if (override != null && computed != null && override.score().compareTo(computed) != 0) {
			return List.of(Notice.of("overrideDiffers", leaf.code(), computed, override.score()));
		}
		if (override == null && !inputs.hasAnyRuleInput()) {
			return List.of(Notice.of("noInput", leaf.code()));
		}
		return List.of();
	}

	private static ScoringSheet sheet(IndicatorTree tree, List<ScoringSheet.LeafScore> rows,
			List<ScoringSheet.MissingLeaf> missing, List<Notice> warnings) {
		List<ScoringSheet.GroupScore> groups = tree.groups()
			.stream()
			.map(group -> new ScoringSheet.GroupScore(group.code(), group.name(), group.level(), group.weight(),
					sum(rows.stream().filter(row -> isUnder(tree, group, row.code())).toList())))
			.toList();
		BigDecimal total = sum(rows);
		String grade = missing.isEmpty() ? tree.grades().of(total) : null;
		return new ScoringSheet(total, grade, missing, warnings, groups, rows);
	}

	/** By the tree, not by code prefix: a 个性指标's code need not start with its group's. */
	private static boolean isUnder(IndicatorTree tree, Indicator group, String leafCode) {
		return tree.ancestorsOf(leafCode).stream().anyMatch(ancestor -> ancestor.code().equals(group.code()));
	}

	private static BigDecimal sum(List<ScoringSheet.LeafScore> rows) {
		return rows.stream()
			.map(ScoringSheet.LeafScore::finalScore)
			.filter(score -> score != null)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}

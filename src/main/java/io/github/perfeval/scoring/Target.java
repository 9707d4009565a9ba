package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * 目标完成：an indicator with a target scores its 分值 × the share of the target achieved, never
 * more than the 分值. {@code nature} is the indicator's 指标性质: {@code GE} (≥, 完成值 ÷ 指标值),
 * {@code LE} (≤, 指标值 ÷ 完成值), {@code EQ} (＝: full points when equal, else
 * {@code whenUnequal}: the smaller ÷ the larger, or nothing) or {@code QUALITATIVE} (定性:
 * the coefficient of the chosen {@code levels} entry). The figures are the evaluation's
 * own 绩效目标完成情况自评表 (the framework holds the levels and {@code whenUnequal}; the engine
 * fills in the indicator's values, see {@link GoalScheme}). A zero 指标值 of a ≥ target is
 * met by any 完成值, a zero 完成值 of a ≤ target meets it, a ≤ 0 target with anything above it
 * is missed; a negative figure cannot be read as a share and is refused. Where points are
 * lost, {@code deviationReason} (偏差原因) is required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(String nature, BigDecimal target, BigDecimal achieved, String level, String deviationReason,
		List<Level> levels, Unequal whenUnequal) implements Component {

	/** The fields violations name: 指标性质, 指标值, 完成值, 完成档次, 偏差原因. */
	public static final String NATURE = "nature";

	public static final String TARGET = "target";

	public static final String ACHIEVED = "achieved";

	public static final String LEVEL = "level";

	public static final String REASON = "deviationReason";

	/** A 定性 level: its value, its label (达成, 部分达成, 未达成) and its coefficient in [0, 1]. */
	public record Level(String value, String label, BigDecimal coefficient) {
	}

	/** How an ＝ target that is missed scores. */
	public enum Unequal {

		/** The smaller of 完成值 and 指标值 ÷ the larger. */
		PROPORTIONAL,
		/** Nothing. */
		ZERO

	}

	public Target {
		levels = levels == null ? List.of() : List.copyOf(levels);
		whenUnequal = whenUnequal == null ? Unequal.PROPORTIONAL : whenUnequal;
	}

	/** The framework's template filled with one indicator's values. */
	public Target with(String nature, BigDecimal target, BigDecimal achieved, String level, String deviationReason) {
		return new Target(nature, target, achieved, level, deviationReason, levels, whenUnequal);
	}

	@Override
	public BigDecimal maxPoints(BigDecimal referenceWeight) {
		return referenceWeight;
	}

	/** The values are the indicator's, not inputs of the leaf. */
	@Override
	public List<InputSpec> inputs(Indicator leaf) {
		return List.of();
	}

	@Override
	public void check(LeafContext context) {
		Optional<Problem> problem = problem();
		problem.ifPresent(found -> context.reject(found.field(), found.code()));
		if (problem.isEmpty() && completion().compareTo(BigFraction.ONE) < 0
				&& (deviationReason == null || deviationReason.isBlank())) {
			context.reject(REASON, "deviationReasonRequired");
		}
	}

	@Override
	public BigFraction score(LeafContext context) {
		return Exact.of(context.leaf().referenceWeight()).multiply(completion());
	}

	/** What keeps the indicator from being scored: a field and a message code. */
	public record Problem(String field, String code) {
	}

	/** The first thing that keeps the indicator from being scored, if any. */
	public Optional<Problem> problem() {
		if (nature == null || !List.of("GE", "LE", "EQ", "QUALITATIVE").contains(nature)) {
			return Optional.of(new Problem(NATURE, "goalNatureMissing"));
		}
		if ("QUALITATIVE".equals(nature)) {
			if (level == null || level.isBlank()) {
				return Optional.of(new Problem(LEVEL, "goalLevelMissing"));
			}
			return chosen().isPresent() ? Optional.empty() : Optional.of(new Problem(LEVEL, "goalLevelUnknown"));
		}
		if (target == null) {
			return Optional.of(new Problem(TARGET, "goalTargetMissing"));
		}
		if (achieved == null) {
			return Optional.of(new Problem(ACHIEVED, "goalAchievedMissing"));
		}
		if (target.signum() < 0) {
			return Optional.of(new Problem(TARGET, "goalNegative"));
		}
		if (achieved.signum() < 0) {
			return Optional.of(new Problem(ACHIEVED, "goalNegative"));
		}
		return Optional.empty();
	}

	/** The share of the target achieved, in [0, 1]; the values have no problem. */
	public BigFraction completion() {
		BigFraction share = switch (nature) {
			case "QUALITATIVE" -> Exact.of(chosen().orElseThrow().coefficient());
			case "GE" -> target.signum() == 0 ? BigFraction.ONE : Exact.of(achieved).divide(Exact.of(target));
			case "LE" -> achieved.signum() == 0 ? BigFraction.ONE
					: target.signum() == 0 ? BigFraction.ZERO : Exact.of(target).divide(Exact.of(achieved));
			default -> equal();
		};
		return Exact.min(Exact.max(share, BigFraction.ZERO), BigFraction.ONE);
	}

	private BigFraction equal() {
		int comparison = achieved.compareTo(target);
		if (comparison == 0) {
			return BigFraction.ONE;
		}
		if (whenUnequal == Unequal.ZERO) {
			return BigFraction.ZERO;
		}
		BigDecimal smaller = comparison < 0 ? achieved : target;
		BigDecimal larger = comparison < 0 ? target : achieved;
		return Exact.of(smaller).divide(Exact.of(larger));
	}

	private Optional<Level> chosen() {
		return levels.stream().filter(candidate -> candidate.value().equals(level)).findFirst();
	}

}

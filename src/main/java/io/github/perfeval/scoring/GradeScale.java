package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * 评分等级 as the framework defines them: each grade's name and the lowest 总分 that reaches it
 * (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below in SZ-COMMON), highest first; the lowest grade starts
 * at 0.
 */
public record GradeScale(List<Step> steps) {

	/** A grade and the lowest total that reaches it. */
	public record Step(String name, BigDecimal min) {
	}

	public GradeScale {
		steps = steps.stream().sorted(Comparator.comparing(Step::min).reversed()).toList();
		if (steps.isEmpty() || steps.get(steps.size() - 1).min().signum() != 0) {
			throw new IllegalArgumentException("A grade scale needs a lowest grade from 0: " + steps);
		}
	}

	/**
	 * Where a grade stands on the scale (for its colour, whatever the grades are called):
	 * {@code top}, {@code upper} (the second), {@code lower} (any further one) or
	 * {@code bottom}; {@code none} for a name the scale has not.
	 */
	public String standing(String grade) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).name().equals(grade)) {
				return i == 0 ? "top" : i == steps.size() - 1 ? "bottom" : i == 1 ? "upper" : "lower";
			}
		}
		return "none";
	}

	/** The grade of a total. */
	public String of(BigDecimal total) {
		for (Step step : steps) {
			if (total.compareTo(step.min()) >= 0) {
				return step.name();
			}
		}
		return steps.get(steps.size() - 1).name();
	}

}

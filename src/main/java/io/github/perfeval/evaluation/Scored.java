package io.github.perfeval.evaluation;

import java.util.List;

import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.ScoringSheet;
import io.github.perfeval.scoring.Violation;

/**
 * An evaluation scored: the tree it was scored on (null when its framework is unknown),
 * its sheet (null when its 个性指标 or weights do not make a valid tree) and every problem
 * found.
 */
public record Scored(IndicatorTree tree, ScoringSheet sheet, List<Violation> violations) {

	public Scored {
		violations = List.copyOf(violations);
	}

	public boolean valid() {
		return violations.isEmpty();
	}

}

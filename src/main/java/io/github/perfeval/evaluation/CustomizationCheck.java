package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;

import io.github.perfeval.scoring.Violation;

/**
 * A {@link GroupCustomization} checked: the group's weights added up ({@code sum})
 * against what the framework gives the group ({@code expected}), the code a new 个性指标
 * gets, and what is wrong. A violation of a leaf names it ({@code indicator}) and its
 * field ({@code customName}, {@code customWeight}, {@code remove}); one of the new 个性指标
 * has no indicator and the field {@code new.code}, {@code new.name}, {@code new.rule} or
 * {@code new.weight}; one of the group (its total) names the group with the field
 * {@code weights}.
 */
public record CustomizationCheck(String group, String groupName, BigDecimal sum, BigDecimal expected, String nextCode,
		List<Violation> violations) {

	public CustomizationCheck {
		violations = List.copyOf(violations);
	}

	public boolean valid() {
		return violations.isEmpty();
	}

}

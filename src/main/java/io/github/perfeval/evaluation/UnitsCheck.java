package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.github.perfeval.scoring.MessageKey;
import io.github.perfeval.scoring.Notice;
import io.github.perfeval.scoring.NumberKind;

/** 表 1-1: do the units' amounts add up to the totals the department states? */
final class UnitsCheck {

	private UnitsCheck() {
	}

	static List<Notice> check(List<EvaluationDocument.Unit> units, EvaluationDocument.Amounts stated) {
		List<Notice> notices = new ArrayList<>();
		if (units == null || units.isEmpty() || stated == null) {
			return notices;
		}
		compare(notices, "initialBudget", units, EvaluationDocument.Unit::initialBudget, stated.initialBudget());
		compare(notices, "adjustedBudget", units, EvaluationDocument.Unit::adjustedBudget, stated.adjustedBudget());
		compare(notices, "finalAccounts", units, EvaluationDocument.Unit::finalAccounts, stated.finalAccounts());
		return notices;
	}

	private static void compare(List<Notice> notices, String column, List<EvaluationDocument.Unit> units,
			Function<EvaluationDocument.Unit, BigDecimal> amount, BigDecimal stated) {
		if (stated == null) {
			return;
		}
		if (!NumberKind.AMOUNT.fits(stated)) {
			return;
		}
		// An amount out of bounds (refused today, perhaps stored before) is never added
		// up.
		BigDecimal sum = units.stream()
			.map(amount)
			.filter(Objects::nonNull)
			.filter(NumberKind.AMOUNT::fits)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(stated) != 0) {
			notices.add(Notice.of("unitsTotalMismatch", null, new MessageKey("column." + column), sum, stated,
					sum.subtract(stated)));
		}
	}

}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.perfeval.scoring.ConsistencyCheck;
import io.github.perfeval.scoring.NumberKind;

/**
 * The totals of 表 1-1 as the exports print them: each column's sum of its units' rows
 * where the units give that column, else the total the department states. Where the two
 * disagree (罗湖 2024: the 决算数 rows add up to 500,333.68, the department states
 * 500,333.67), the table prints the sum, the stated figure is noted beside it
 * ({@link UnitsCheck}), and every figure derived from the table (the 预算执行 sentence, the
 * 一致性检查) uses the sum too, so that the text and the table never disagree.
 */
public final class TableTotals {

	private TableTotals() {
	}

	/** The totals; null where the document has neither units nor stated totals. */
	public static EvaluationDocument.Amounts of(EvaluationDocument document) {
		List<EvaluationDocument.Unit> units = document.units() == null ? List.of() : document.units();
		EvaluationDocument.Amounts stated = document.totals();
		if (units.isEmpty() && stated == null) {
			return null;
		}
		return new EvaluationDocument.Amounts(
				column(units, EvaluationDocument.Unit::initialBudget, stated == null ? null : stated.initialBudget()),
				column(units, EvaluationDocument.Unit::adjustedBudget, stated == null ? null : stated.adjustedBudget()),
				column(units, EvaluationDocument.Unit::finalAccounts, stated == null ? null : stated.finalAccounts()));
	}

	/** The totals by the names {@link ConsistencyCheck}s give them; absent where none. */
	static Map<String, BigDecimal> byName(EvaluationDocument document) {
		EvaluationDocument.Amounts totals = of(document);
		Map<String, BigDecimal> named = new HashMap<>();
		if (totals != null) {
			List<BigDecimal> values = java.util.Arrays.asList(totals.initialBudget(), totals.adjustedBudget(),
					totals.finalAccounts());
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) != null) {
					named.put(ConsistencyCheck.DOCUMENT_TOTALS.get(i), values.get(i));
				}
			}
		}
		return named;
	}

	private static BigDecimal column(List<EvaluationDocument.Unit> units,
			Function<EvaluationDocument.Unit, BigDecimal> amount, BigDecimal stated) {
		// An amount out of bounds (refused today, perhaps stored before) is never added
		// up, as in UnitsCheck.
		List<BigDecimal> given = units.stream()
			.map(amount)
			.filter(Objects::nonNull)
			.filter(NumberKind.AMOUNT::fits)
			.toList();
		if (given.isEmpty()) {
			return stated;
		}
		return given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}

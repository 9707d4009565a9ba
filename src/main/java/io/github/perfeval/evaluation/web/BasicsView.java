package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.scoring.NumberKind;

/**
 * 基本情况 as the page shows it: the report's texts, 表 1-1 with 执行率 and totals computed and
 * checked against the stated totals, the signatories. Amounts stay as typed, so an
 * invalid one is shown back with its message.
 */
record BasicsView(Map<String, String> texts, List<UnitRow> units, Map<String, String> stated, Map<String, String> sums,
		Map<String, Boolean> mismatch, String totalRate, Map<String, String> signatories, Map<String, String> errors,
		String unit) {

	record UnitRow(int index, String name, String initialBudget, String adjustedBudget, String finalAccounts,
			String rate) {
	}

	/** The same view with more problems, each by the editor's parameter name. */
	BasicsView withErrors(Map<String, String> more) {
		if (more.isEmpty()) {
			return this;
		}
		Map<String, String> all = new LinkedHashMap<>(errors);
		more.forEach(all::putIfAbsent);
		return new BasicsView(texts, units, stated, sums, mismatch, totalRate, signatories, all, unit);
	}

	static BasicsView of(Map<String, String> texts, List<Map<String, String>> rows, Map<String, String> stated,
			Map<String, String> signatories, Map<String, String> errors, String unit) {
		List<UnitRow> units = new ArrayList<>();
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			for (String column : EditorForm.AMOUNT_COLUMNS) {
				BigDecimal amount = parse(row.get(column), unit);
				if (amount != null && sums.getOrDefault(column, BigDecimal.ZERO) != null) {
					sums.merge(column, amount, BigDecimal::add);
				}
				else if (!row.get(column).isEmpty()) {
					sums.put(column, null);
				}
			}
			units.add(new UnitRow(i, row.get("name"), row.get("initialBudget"), row.get("adjustedBudget"),
					row.get("finalAccounts"),
					rate(parse(row.get("finalAccounts"), unit), parse(row.get("adjustedBudget"), unit))));
		}
		Map<String, String> sumTexts = new LinkedHashMap<>();
		Map<String, Boolean> mismatch = new LinkedHashMap<>();
		for (String column : EditorForm.AMOUNT_COLUMNS) {
			BigDecimal sum = sums.get(column);
			sumTexts.put(column, sum == null ? "" : amount(sum));
			BigDecimal declared = parse(stated.getOrDefault(column, ""), unit);
			mismatch.put(column, sum != null && declared != null && sum.compareTo(declared) != 0);
		}
		String totalRate = rate(parse(stated.getOrDefault("finalAccounts", ""), unit),
				parse(stated.getOrDefault("adjustedBudget", ""), unit));
		return new BasicsView(texts, units, stated, sumTexts, mismatch, totalRate, signatories, errors, unit);
	}

	static BasicsView of(EvaluationDocument document) {
		List<Map<String, String>> rows = new ArrayList<>();
		if (document.units() != null) {
			document.units().forEach(unit -> {
				Map<String, String> row = new LinkedHashMap<>();
				row.put("name", unit.name());
				row.put("initialBudget", plain(unit.initialBudget()));
				row.put("adjustedBudget", plain(unit.adjustedBudget()));
				row.put("finalAccounts", plain(unit.finalAccounts()));
				rows.add(row);
			});
		}
		EvaluationDocument.Amounts totals = document.totals();
		Map<String, String> stated = new LinkedHashMap<>();
		stated.put("initialBudget", totals == null ? "" : plain(totals.initialBudget()));
		stated.put("adjustedBudget", totals == null ? "" : plain(totals.adjustedBudget()));
		stated.put("finalAccounts", totals == null ? "" : plain(totals.finalAccounts()));
		EvaluationDocument.Signatories people = document.signatories();
		Map<String, String> signatories = new LinkedHashMap<>();
		signatories.put("filledBy", people == null || people.filledBy() == null ? "" : people.filledBy());
		signatories.put("headOfUnit", people == null || people.headOfUnit() == null ? "" : people.headOfUnit());
		signatories.put("phone", people == null || people.phone() == null ? "" : people.phone());
		signatories.put("notice", people == null || people.notice() == null ? "" : people.notice());
		signatories.put("shortName", people == null || people.shortName() == null ? "" : people.shortName());
		return of(document.texts() == null ? Map.of() : document.texts(), rows, stated, signatories, Map.of(),
				document.unit() == null ? "万元" : document.unit());
	}

	/** The row count the page shows: the units plus room for two more. */
	public int blankRows() {
		return 2;
	}

	/** A typed amount that can be added up: read, and within bounds. */
	static BigDecimal parse(String typed, String unit) {
		BigDecimal number = TypedNumber.parse(typed, TypedNumber.Field.AMOUNT, unit).number();
		return NumberKind.AMOUNT.fits(number) ? number : null;
	}

	private static String rate(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return "";
		}
		return part.multiply(BigDecimal.valueOf(100))
			.divide(whole, MathContext.DECIMAL128)
			.setScale(2, RoundingMode.HALF_UP) + "%";
	}

	private static String amount(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
	}

	private static String plain(BigDecimal amount) {
		return TypedNumber.plain(amount);
	}

}

package io.github.perfeval.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.math.BigDecimal;

import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.LeafInputs;
import io.github.perfeval.scoring.Violation;

/**
 * What the editor page sends: every leaf's typed values (invalid ones kept as typed), the
 * report texts, the units table with its stated totals, the signatories, and the version
 * it was read at.
 */
public record EditorInput(long version, Map<String, Map<String, Object>> leaves, Map<String, String> texts,
		List<EvaluationDocument.Unit> units, EvaluationDocument.Amounts totals,
		EvaluationDocument.Signatories signatories) {

	public EditorInput {
		leaves = leaves == null ? Map.of() : leaves;
		texts = texts == null ? Map.of() : texts;
		units = units == null ? List.of() : units;
	}

	/**
	 * The same input with another units table, e.g. the stored one when the typed one is
	 * invalid.
	 */
	public EditorInput withUnits(List<EvaluationDocument.Unit> otherUnits, EvaluationDocument.Amounts otherTotals) {
		return new EditorInput(version, leaves, texts, otherUnits, otherTotals, signatories);
	}

	/**
	 * The same input with the stored value in place of each part that cannot be stored as
	 * typed (a text too long, a control character, an amount out of bounds): the units
	 * table and the totals as a whole, signatories, texts and leaf values one by one.
	 */
	EditorInput keepingStored(EvaluationDocument stored, List<Violation> problems) {
		if (problems.isEmpty()) {
			return this;
		}
		List<EvaluationDocument.Unit> keptUnits = units;
		EvaluationDocument.Amounts keptTotals = totals;
		EvaluationDocument.Signatories keptSignatories = signatories;
		Map<String, String> keptTexts = new LinkedHashMap<>(texts);
		Map<String, Map<String, Object>> keptLeaves = new LinkedHashMap<>(leaves);
		Map<String, Map<String, Object>> storedLeaves = stored.indicators() == null ? Map.of() : stored.indicators();
		for (Violation problem : problems) {
			String field = problem.field() == null ? "" : problem.field();
			if (problem.indicator() != null) {
				Map<String, Object> storedLeaf = storedLeaves.getOrDefault(problem.indicator(), Map.of());
				Map<String, Object> leaf = new LinkedHashMap<>(keptLeaves.getOrDefault(problem.indicator(), Map.of()));
				if (field.isEmpty()) {
					leaf = new LinkedHashMap<>(storedLeaf);
				}
				else if (storedLeaf.containsKey(field)) {
					leaf.put(field, storedLeaf.get(field));
				}
				else {
					leaf.remove(field);
				}
				keptLeaves.put(problem.indicator(), leaf);
			}
			else if (field.startsWith("units")) {
				keptUnits = stored.units() == null ? List.of() : stored.units();
			}
			else if (field.startsWith("totals")) {
				keptTotals = stored.totals();
			}
			else if (field.startsWith("signatories.")) {
				keptSignatories = keepSignatory(field.substring("signatories.".length()), keptSignatories,
						stored.signatories());
			}
			else if (field.startsWith("texts.")) {
				String section = field.substring("texts.".length());
				String storedText = stored.texts() == null ? null : stored.texts().get(section);
				if (storedText == null) {
					keptTexts.remove(section);
				}
				else {
					keptTexts.put(section, storedText);
				}
			}
		}
		return new EditorInput(version, keptLeaves, keptTexts, keptUnits, keptTotals, keptSignatories);
	}

	/**
	 * The same input with the stored copy of an input entered once (at the leaf holding
	 * it) kept at a leaf sharing it while the two agree: the page has no field there, and
	 * a copy an import brought is no change. A copy that no longer agrees goes.
	 */
	EditorInput keepingSharedCopies(EvaluationDocument stored, IndicatorTree tree) {
		Map<String, Map<String, Object>> storedLeaves = stored.indicators() == null ? Map.of() : stored.indicators();
		Map<String, Map<String, Object>> kept = new LinkedHashMap<>(leaves);
		for (Indicator leaf : tree.leaves()) {
			Map<String, Object> storedLeaf = storedLeaves.getOrDefault(leaf.code(), Map.of());
			for (String input : leaf.inputTexts().keySet()) {
				Indicator holder = tree.holderOf(leaf, input).orElse(null);
				Object copy = storedLeaf.get(input);
				Map<String, Object> sharing = kept.getOrDefault(leaf.code(), Map.of());
				if (holder == null || copy == null || sharing.containsKey(input)) {
					continue;
				}
				Object held = kept.getOrDefault(holder.code(), Map.of()).get(input);
				BigDecimal heldNumber = LeafInputs.toDecimal(held);
				BigDecimal copyNumber = LeafInputs.toDecimal(copy);
				boolean same = heldNumber != null && copyNumber != null ? heldNumber.compareTo(copyNumber) == 0
						: copy.equals(held);
				if (same) {
					Map<String, Object> withCopy = new LinkedHashMap<>(sharing);
					withCopy.put(input, copy);
					kept.put(leaf.code(), withCopy);
				}
			}
		}
		return new EditorInput(version, kept, texts, units, totals, signatories);
	}

	/** One signatory taken from the stored ones, the others as typed. */
	private static EvaluationDocument.Signatories keepSignatory(String name, EvaluationDocument.Signatories typed,
			EvaluationDocument.Signatories stored) {
		String filledBy = typed == null ? null : typed.filledBy();
		String headOfUnit = typed == null ? null : typed.headOfUnit();
		String phone = typed == null ? null : typed.phone();
		String notice = typed == null ? null : typed.notice();
		String shortName = typed == null ? null : typed.shortName();
		switch (name) {
			case "filledBy" -> filledBy = stored == null ? null : stored.filledBy();
			case "headOfUnit" -> headOfUnit = stored == null ? null : stored.headOfUnit();
			case "notice" -> notice = stored == null ? null : stored.notice();
			case "shortName" -> shortName = stored == null ? null : stored.shortName();
			default -> phone = stored == null ? null : stored.phone();
		}
		return new EvaluationDocument.Signatories(filledBy, headOfUnit, phone, notice, shortName);
	}

}

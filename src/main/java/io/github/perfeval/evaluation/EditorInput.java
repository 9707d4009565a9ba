package io.github.perfeval.evaluation;

import java.util.List;
import java.util.Map;

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

}

package io.github.perfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.ScoringSheet;

/** Builds the {@link SheetView} of a scored evaluation, walking its indicator tree. */
final class SheetViews {

	private SheetViews() {
	}

	/** The sheet with the framework's 附注 under its table. */
	static SheetView of(long id, EvaluationDocument document, Scored scored, SheetMessages messages,
			List<String> notes) {
		ScoringSheet sheet = scored.sheet();
		List<SheetView.Row> rows = new ArrayList<>();
		for (Indicator level1 : scored.tree().roots()) {
			int level1Span = leafCount(level1);
			boolean firstOfLevel1 = true;
			for (Indicator level2 : level1.children()) {
				int level2Span = leafCount(level2);
				boolean firstOfLevel2 = true;
				for (Indicator leaf : leavesOf(level2)) {
					ScoringSheet.LeafScore score = sheet.leaf(leaf.code());
					rows.add(new SheetView.Row(leaf.code(), level1.name(), Numbers.weight(level1.weight()),
							firstOfLevel1 ? level1Span : 0, level2.name(), Numbers.weight(level2.weight()),
							firstOfLevel2 ? level2Span : 0, leaf.name(), leaf.weight(), leaf.description(),
							leaf.criteria(), score.computed(), score.finalScore(),
							score.override() == null ? null : blankToEmpty(score.override().reason()), score.lost(),
							comment(document, leaf.code()), score.notApplicable(), score.notApplicableReason(),
							custom(document, leaf.code())));
					firstOfLevel1 = false;
					firstOfLevel2 = false;
				}
			}
		}
		List<String> warnings = sheet.warnings()
			.stream()
			.map(notice -> messages.warning(notice, scored.tree()))
			.toList();
		String filledBy = document.signatories() == null ? null : document.signatories().filledBy();
		String unit = document.unit() == null || document.unit().isBlank() ? messages.text("report.unit.default")
				: document.unit();
		return new SheetView(id, document.department().name(), document.year(), unit, filledBy, rows, sheet.total(),
				sheet.grade(), scored.tree().grades(), warnings, scored.tree().notApplicable(), sheet.rescale(), notes);
	}

	private static String comment(EvaluationDocument document, String code) {
		Map<String, Object> inputs = document.indicators() == null ? null : document.indicators().get(code);
		Object comment = inputs == null ? null : inputs.get("comment");
		return comment == null || comment.toString().isBlank() ? null : comment.toString();
	}

	/** Whether the leaf is one of the evaluation's 个性指标. */
	private static boolean custom(EvaluationDocument document, String code) {
		return document.customIndicators() != null && document.customIndicators().add() != null
				&& document.customIndicators().add().stream().anyMatch(leaf -> code.equals(leaf.code()));
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static int leafCount(Indicator node) {
		return leavesOf(node).size();
	}

	private static List<Indicator> leavesOf(Indicator node) {
		if (node.isLeaf()) {
			return List.of(node);
		}
		List<Indicator> leaves = new ArrayList<>();
		node.children().forEach(child -> leaves.addAll(leavesOf(child)));
		return leaves;
	}

	static BigDecimal zeroIfNull(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}

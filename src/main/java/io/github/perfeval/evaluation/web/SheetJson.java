package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.scoring.ScoringSheet;

/** The scoring sheet as JSON: every decimal a number with two places. */
record SheetJson(BigDecimal total, String grade, List<Missing> missing, List<Warning> warnings, List<Group> groups,
		List<Leaf> leaves, @JsonInclude(JsonInclude.Include.NON_NULL) Rescale rescale) {

	/** Where 不适用 leaves are left out: the scored sum and the applicable weight. */
	record Rescale(BigDecimal scored, BigDecimal maximum) {
	}

	record Missing(String code, String name, List<String> fields, List<String> labels) {
	}

	record Warning(String code, String indicator, String message) {
	}

	record Group(String code, String name, int level, BigDecimal weight, BigDecimal score, BigDecimal maximum) {
	}

	record Override(BigDecimal score, String reason) {
	}

	record Leaf(String code, String level1, String level2, String name, BigDecimal weight, BigDecimal computed,
			Override override, @JsonProperty("final") BigDecimal finalScore, BigDecimal lost,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean notApplicable,
			@JsonInclude(JsonInclude.Include.NON_NULL) String notApplicableReason) {
	}

	static SheetJson of(Scored scored, SheetMessages messages) {
		ScoringSheet sheet = scored.sheet();
		return new SheetJson(two(sheet.total()), sheet.grade(),
				sheet.missing()
					.stream()
					.map(missing -> new Missing(missing.code(), missing.name(), missing.fields(), missing.fields()
						.stream()
						.map(field -> messages.fieldLabel(scored.tree().leaf(missing.code()).orElse(null), field))
						.toList()))
					.toList(),
				sheet.warnings()
					.stream()
					.map(notice -> new Warning(notice.code(), notice.indicator(),
							messages.warning(notice, scored.tree())))
					.toList(),
				sheet.groups()
					.stream()
					.map(group -> new Group(group.code(), group.name(), group.level(), two(group.weight()),
							two(group.score()), two(group.maximum())))
					.toList(),
				sheet.leaves()
					.stream()
					.map(leaf -> new Leaf(leaf.code(), leaf.level1(), leaf.level2(), leaf.name(), two(leaf.weight()),
							two(leaf.computed()),
							leaf.override() == null ? null
									: new Override(two(leaf.override().score()), leaf.override().reason()),
							two(leaf.finalScore()), two(leaf.lost()), leaf.notApplicable() ? Boolean.TRUE : null,
							leaf.notApplicableReason()))
					.toList(),
				sheet.rescale() == null ? null
						: new Rescale(two(sheet.rescale().scored()), two(sheet.rescale().maximum())));
	}

	private static BigDecimal two(BigDecimal number) {
		return number == null ? null : number.setScale(2, RoundingMode.HALF_UP);
	}

}

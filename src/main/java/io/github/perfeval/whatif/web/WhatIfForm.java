package io.github.perfeval.whatif.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.perfeval.report.Numbers;
import io.github.perfeval.scoring.NumberKind;
import io.github.perfeval.scoring.ScoringSheet;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * 假设得分: a hypothetical score per leaf as typed ({@code scores[1.2.2]}), empty for the
 * leaf's own score. Each must be a number from 0 to the leaf's 分值 with at most two
 * decimals; the bounds are here (the decimals are those of {@link NumberKind#SCORE}).
 */
class WhatIfForm {

	/** More than any framework has leaves. */
	static final int MAX_LEAVES = 500;

	/** Longer than any score can be written. */
	static final int MAX_TYPED = 20;

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	@Size(max = MAX_LEAVES, message = "{whatif.preview.tooMany}")
	private Map<String, String> scores = new LinkedHashMap<>();

	public Map<String, String> getScores() {
		return scores;
	}

	public void setScores(Map<String, String> scores) {
		this.scores = scores;
	}

	/**
	 * The hypothetical scores that were typed, each checked against its leaf on the
	 * sheet; every problem is rejected on its field, naming the leaf.
	 */
	Map<String, BigDecimal> checked(ScoringSheet sheet, Errors errors) {
		Map<String, BigDecimal> valid = new LinkedHashMap<>();
		scores.forEach((code, typed) -> {
			String text = typed == null ? "" : typed.strip();
			if (text.isEmpty()) {
				return;
			}
			String field = "scores[" + code + "]";
			ScoringSheet.LeafScore leaf = sheet.leaves()
				.stream()
				.filter(candidate -> candidate.code().equals(code))
				.findFirst()
				.orElse(null);
			if (leaf == null || (leaf.notApplicable() && leaf.finalScore() == null)) {
				errors.rejectValue(field, "whatif.preview.unknownLeaf", new Object[] { code }, null);
				return;
			}
			Object[] names = { leaf.code(), leaf.name(), Numbers.weight(leaf.weight()),
					NumberKind.SCORE.fractionDigits() };
			if (text.length() > MAX_TYPED || !NUMBER.matcher(text).matches()) {
				errors.rejectValue(field, "whatif.preview.notNumber", names, null);
				return;
			}
			BigDecimal score = new BigDecimal(text);
			if (score.compareTo(leaf.weight()) > 0) {
				errors.rejectValue(field, "whatif.preview.range", names, null);
			}
			else if (score.stripTrailingZeros().scale() > NumberKind.SCORE.fractionDigits()) {
				errors.rejectValue(field, "whatif.preview.decimals", names, null);
			}
			else {
				valid.put(code, score.setScale(2));
			}
		});
		return valid;
	}

}

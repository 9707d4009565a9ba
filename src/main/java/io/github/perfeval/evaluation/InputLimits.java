package io.github.perfeval.evaluation;

import java.math.BigDecimal;

import io.github.perfeval.scoring.IndicatorTree;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may bring, in one place ({@code perfeval.limits.*}): the size of a
 * request body and of an uploaded file, how many rows a table holds, how long a free text
 * may be. Every page, upload and API call is checked against these before any work; a
 * text that a database column bounds has its length fixed in {@link TextField} instead.
 */
@ConfigurationProperties("perfeval.limits")
public record InputLimits(@DefaultValue("2MB") DataSize requestBody, @DefaultValue("2MB") DataSize workbook,
		@DefaultValue("20MB") DataSize workbookInflated, @DefaultValue("200") int units,
		@DefaultValue("100") int goalTasks, @DefaultValue("300") int goalIndicators,
		@DefaultValue("50") int customIndicators, @DefaultValue("20000") int text, @DefaultValue("5000") int comment) {

	/** A leaf's weight (分值) in the editor: above 0 and at most this. */
	public static final BigDecimal MAX_WEIGHT = IndicatorTree.TOTAL;

	/** A leaf's weight (分值): at most this many decimals. */
	public static final int WEIGHT_DECIMALS = 2;

	/**
	 * How many 个性指标 one evaluation may add: {@link #customIndicators()}. How long a
	 * 个性指标's name may be, as in the JSON document.
	 */
	public int customIndicatorName() {
		return TextField.CUSTOM_NAME.maxLength(this);
	}

	/**
	 * What is wrong with a weight (分值), as a message code under {@code violation.}, or
	 * null: {@code required}, {@code weightRange} (not above 0 and at most
	 * {@link #MAX_WEIGHT}), {@code scoreDecimals}.
	 */
	public static String weightProblem(BigDecimal weight) {
		if (weight == null) {
			return "required";
		}
		if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
			return "weightRange";
		}
		return weight.stripTrailingZeros().scale() > WEIGHT_DECIMALS ? "scoreDecimals" : null;
	}

	/** The defaults, for code that runs without Spring (tests of the checks). */
	public static InputLimits defaults() {
		return new InputLimits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(2), DataSize.ofMegabytes(20), 200, 100,
				300, 50, 20000, 5000);
	}

}

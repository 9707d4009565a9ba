package io.github.perfeval.evaluation;

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

	/** The defaults, for code that runs without Spring (tests of the checks). */
	public static InputLimits defaults() {
		return new InputLimits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(2), DataSize.ofMegabytes(20), 200, 100,
				300, 50, 20000, 5000);
	}

}

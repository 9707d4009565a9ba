package io.github.perfeval.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link DatabaseSetupException} into Spring Boot's "APPLICATION FAILED TO START"
 * report: what is missing and what to set.
 */
class DatabaseSetupFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseSetupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseSetupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}

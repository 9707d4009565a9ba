package io.github.perfeval.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link BrowserTest} only where {@link BrowserLookup} finds Chromium and its
 * chromedriver: otherwise the test class is skipped before its application starts, and
 * one line in the build output says how to enable it; under {@code CI=true} the class
 * fails instead.
 */
public class BrowserAvailable implements ExecutionCondition {

	private static final Logger log = LoggerFactory.getLogger(BrowserAvailable.class);

	private static final AtomicBoolean TOLD = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		BrowserLookup.Outcome outcome = BrowserLookup.onThisMachine();
		if (outcome instanceof BrowserLookup.Use use) {
			return ConditionEvaluationResult.enabled("browser: " + use.how());
		}
		if (outcome instanceof BrowserLookup.Skip skip) {
			if (TOLD.compareAndSet(false, true)) {
				log.warn(skip.message());
			}
			return ConditionEvaluationResult.disabled(skip.message());
		}
		throw new IllegalStateException(((BrowserLookup.Fail) outcome).message());
	}

}

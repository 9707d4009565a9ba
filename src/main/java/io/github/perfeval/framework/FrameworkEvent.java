package io.github.perfeval.framework;

import io.github.perfeval.system.Actors;

/**
 * A change to the 指标体系 by an administrator, as the administration record keeps it:
 * {@code FRAMEWORK_DRAFT_CREATED} ({@code basedOn}: the version copied),
 * {@code FRAMEWORK_DRAFT_EDITED} ({@code changes}: a summary of what changed),
 * {@code FRAMEWORK_DRAFT_DELETED} and {@code FRAMEWORK_PUBLISHED} ({@code version}: the
 * new version); {@code subject} is the framework's code. Published in the transaction of
 * the change.
 */
public record FrameworkEvent(String actor, String action, String subject, String field, String oldValue,
		String newValue) {

	static FrameworkEvent of(String action, String subject, String field, String oldValue, String newValue) {
		return new FrameworkEvent(Actors.current(), action, subject, field, oldValue, newValue);
	}

}

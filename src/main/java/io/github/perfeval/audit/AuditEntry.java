package io.github.perfeval.audit;

import java.time.Instant;

/**
 * One recorded act: {@code action} is {@code CREATED}, {@code IMPORTED}, {@code CHANGED}
 * (a value: {@code leafCode}, {@code field}, old → new; {@code detail} says from where),
 * {@code OVERRIDE} or a workflow transition ({@code submit}, {@code return},
 * {@code approveLevel}, {@code approve}, {@code reopen}; {@code detail} its reason).
 */
public record AuditEntry(String actor, String action, String detail, Instant at, String leafCode, String field,
		String oldValue, String newValue) {

	/** A transition of the workflow, for the timeline. */
	public boolean isTransition() {
		return AuditRecorder.TRANSITIONS.contains(action);
	}

}

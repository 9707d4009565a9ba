package io.github.perfeval.audit;

import java.time.Instant;

/** One recorded change. */
public record AuditEntry(String actor, String action, String detail, Instant at) {
}

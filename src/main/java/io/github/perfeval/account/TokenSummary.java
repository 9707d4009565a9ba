package io.github.perfeval.account;

import java.time.Instant;

/** A personal API token as its owner's list shows it: never the secret, nor its hash. */
public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) implements java.io.Serializable {

	public boolean revoked() {
		return revokedAt != null;
	}

}

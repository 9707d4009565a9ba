package io.github.perfeval.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 个人 API 令牌: its name, the SHA-256 of its secret, when it was last used or revoked. */
@Entity
@Table(name = "api_token")
class ApiToken {

	/** Last-used times closer together than this are not written again. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long userId;

	private String name;

	private String tokenHash;

	private String prefix;

	private Instant createdAt = Instant.now();

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String tokenHash, String prefix) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
	}

	Long getUserId() {
		return userId;
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	void revoke() {
		if (revokedAt == null) {
			revokedAt = Instant.now();
		}
	}

	/** Whether the use at {@code now} is worth writing down. */
	boolean markUsed(Instant now) {
		if (lastUsedAt != null && lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now)) {
			return false;
		}
		lastUsedAt = now;
		return true;
	}

	TokenSummary summary() {
		return new TokenSummary(id, name, prefix, createdAt, lastUsedAt, revokedAt);
	}

}

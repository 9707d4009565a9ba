package io.github.perfeval.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@value #PREFIX} and 32 random bytes (base64url), stored as their
 * SHA-256. A slow password hash would buy nothing for a secret that long and random, and
 * would cost every API call what bcrypt costs a login.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	static final String PREFIX = "pe_";

	private static final int SECRET_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AppUserRepository users;

	private final org.springframework.context.ApplicationEventPublisher events;

	ApiTokens(ApiTokenRepository tokens, AppUserRepository users,
			org.springframework.context.ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
	}

	@Transactional
	public CreatedToken create(String username, String name) {
		byte[] bytes = new byte[SECRET_BYTES];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = tokens
			.save(new ApiToken(user(username).getId(), name, hash(secret), secret.substring(0, PREFIX.length() + 6)));
		events.publishEvent(AccountEvent.changed("TOKEN_CREATED", username, "token", null, name));
		return new CreatedToken(secret, token.summary());
	}

	/** The user's tokens, newest first, revoked ones too. */
	public List<TokenSummary> of(String username) {
		return tokens.findByUserIdOrderByCreatedAtDesc(user(username).getId()).stream().map(ApiToken::summary).toList();
	}

	/**
	 * Revokes one of the user's own tokens; false when the user has no token of that id.
	 */
	@Transactional
	public boolean revoke(String username, long id) {
		Optional<ApiToken> token = tokens.findByIdAndUserId(id, user(username).getId());
		token.ifPresent(found -> {
			found.revoke();
			events.publishEvent(AccountEvent.changed("TOKEN_REVOKED", username, "token", found.summary().name(), null));
		});
		return token.isPresent();
	}

	/**
	 * The user of a presented secret, noting when it was used; empty for an unknown or
	 * revoked token. Whether the user is enabled is for the caller to check.
	 */
	@Transactional
	Optional<AppUser> use(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(hash(secret)).filter(token -> !token.isRevoked()).map(token -> {
			token.markUsed(Instant.now());
			return users.findById(token.getUserId()).orElseThrow();
		});
	}

	private AppUser user(String username) {
		return users.findByUsername(username).orElseThrow();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

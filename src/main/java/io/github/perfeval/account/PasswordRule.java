package io.github.perfeval.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be, wherever one is set: 10 to 64 characters and at most 72 bytes
 * in UTF-8 (bcrypt reads no further: a Chinese character takes three), not only spaces,
 * not one character repeated. Forms check it with {@link AcceptablePassword}; the reason
 * is a message code of {@code messages.properties}.
 */
public final class PasswordRule {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 64;

	/** What bcrypt hashes; longer passwords are refused by Spring Security's encoder. */
	public static final int MAX_BYTES = 72;

	private PasswordRule() {
	}

	/** Why this password is refused, as a message code; empty when it is acceptable. */
	public static Optional<String> problem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooManyBytes");
		}
		if (password.isBlank()) {
			return Optional.of("password.onlySpaces");
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of("password.oneCharacter");
		}
		return Optional.empty();
	}

}

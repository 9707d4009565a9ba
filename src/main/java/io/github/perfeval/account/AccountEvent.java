package io.github.perfeval.account;

import java.util.Collection;
import java.util.stream.Collectors;

import io.github.perfeval.system.Actors;

/**
 * A change to a user, a token or a login lock, as the administration record keeps it: who
 * did it, what ({@code action}: {@code USER_CREATED}, {@code USER_CHANGED},
 * {@code USER_ENABLED}, {@code USER_DISABLED}, {@code PASSWORD_RESET},
 * {@code PASSWORD_CHANGED}, {@code TOKEN_CREATED}, {@code TOKEN_REVOKED},
 * {@code LOCK_RELEASED}), to whom ({@code subject}), and for a change the field with its
 * old and new value (never a password). Published in the transaction of the change.
 */
public record AccountEvent(String actor, String action, String subject, String field, String oldValue,
		String newValue) {

	static AccountEvent of(String action, String subject) {
		return new AccountEvent(Actors.current(), action, subject, null, null, null);
	}

	static AccountEvent changed(String action, String subject, String field, Object oldValue, Object newValue) {
		return new AccountEvent(Actors.current(), action, subject, field, text(oldValue), text(newValue));
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
		}
		return String.valueOf(value);
	}

}

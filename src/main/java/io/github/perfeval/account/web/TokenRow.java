package io.github.perfeval.account.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.github.perfeval.account.TokenSummary;

/**
 * A token as the page lists it, times in the display time zone
 * ({@code perfeval.time-zone}).
 */
record TokenRow(long id, String name, String prefix, String createdAt, String lastUsedAt, String revokedAt) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static TokenRow of(TokenSummary token, ZoneId zone) {
		return new TokenRow(token.id(), token.name(), token.prefix(), format(token.createdAt(), zone),
				format(token.lastUsedAt(), zone), format(token.revokedAt(), zone));
	}

	public boolean revoked() {
		return revokedAt != null;
	}

	private static String format(Instant instant, ZoneId zone) {
		return instant == null ? null : MINUTES.format(instant.atZone(zone));
	}

}

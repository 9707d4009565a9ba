package io.github.perfeval.system;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting in this request, for the record of a change: the signed-in user's name,
 * or {@code system} (the first administrator at start, a department created by an
 * import's set-up).
 */
public final class Actors {

	private Actors() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
	}

}

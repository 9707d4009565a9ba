package io.github.perfeval.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the page session of a user disabled after signing in: the next request signs them
 * out and shows the login page with the reason — or, for the API used with that session,
 * answers 401. (Basic and tokens check on every call.)
 */
class DisabledUserSessions extends OncePerRequestFilter {

	private final UserAccounts accounts;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	private final Refusal refusal;

	/** What the signed-out request gets: the login page, or the API's 401. */
	interface Refusal {

		void send(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	DisabledUserSessions(UserAccounts accounts) {
		this(accounts, (request, response) -> response.sendRedirect(request.getContextPath() + "/login?disabled"));
	}

	DisabledUserSessions(UserAccounts accounts, Refusal refusal) {
		this.accounts = accounts;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof AccountUser user
				&& request.getSession(false) != null && !isAsset(path) && !accounts.isEnabled(user.getUsername())) {
			logout.logout(request, response, authentication);
			refusal.send(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAsset(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/images/");
	}

}

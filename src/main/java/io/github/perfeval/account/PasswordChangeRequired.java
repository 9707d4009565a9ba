package io.github.perfeval.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password an administrator reset can do nothing but change it: pages send
 * them to 修改密码, the API refuses with 403.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	private static final Set<String> OPEN = Set.of(PAGE, "/logout", "/login", "/error", "/favicon.ico");

	private static final Set<String> OPEN_PREFIXES = Set.of("/css/", "/js/", "/images/", "/webjars/");

	private final ApiErrorResponses api;

	PasswordChangeRequired(ApiErrorResponses api) {
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(authentication != null && authentication.getPrincipal() instanceof AccountUser user
				&& user.mustChangePassword()) || open(path)) {
			chain.doFilter(request, response);
		}
		else if (path.startsWith("/api/")) {
			api.write(response, HttpServletResponse.SC_FORBIDDEN, "account.password.mustChange.api");
		}
		else {
			response.sendRedirect(request.getContextPath() + PAGE);
		}
	}

	private static boolean open(String path) {
		return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}

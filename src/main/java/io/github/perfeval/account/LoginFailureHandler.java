package io.github.perfeval.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a refused login, which tells why: {@code ?locked} (until
 * when, from the failure kept in the session), {@code ?unavailable} (the database did not
 * answer), {@code ?error} (wrong username or password).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String outcome = (failure instanceof LoginLockedException) ? "locked"
				: (failure instanceof AuthenticationServiceException) ? "unavailable" : "error";
		request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

}

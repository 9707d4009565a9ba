package io.github.perfeval.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic on {@code /api/**}: a locked account or address is {@code 429} with
 * {@code Retry-After}, a database that does not answer {@code 503}, both with the reason
 * in Chinese in the API's error shape; anything else the usual {@code 401} asking for
 * Basic credentials.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint unauthenticated;

	private final LoginFailureMessages messages;

	private final JsonMapper json;

	/** {@code unauthenticated} answers every other failure (the usual 401). */
	ApiAuthenticationEntryPoint(LoginFailureMessages messages, JsonMapper json,
			AuthenticationEntryPoint unauthenticated) {
		this.messages = messages;
		this.json = json;
		this.unauthenticated = unauthenticated;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException, ServletException {
		if (failure instanceof LoginLockedException locked) {
			long seconds = Math.max(1, Duration.between(Instant.now(), locked.lock().until()).toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(response, 429, messages.describe(failure));
		}
		else if (failure instanceof AuthenticationServiceException) {
			write(response, 503, messages.describe(failure));
		}
		else {
			unauthenticated.commence(request, response, failure);
		}
	}

	private void write(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), Map.of("errors", List.of(Map.of("message", message))));
	}

}

package io.github.perfeval.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

/**
 * Refusals of the security filters on {@code /api/**} in the API's error shape,
 * {@code {"errors":[{"indicator":null,"field":null,"message":"…"}]}}.
 */
class ApiErrorResponses {

	private final MessageSource messages;

	private final JsonMapper json;

	ApiErrorResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String code) throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("indicator", null);
		error.put("field", null);
		error.put("message", messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(Map.of("errors", List.of(error))));
	}

}

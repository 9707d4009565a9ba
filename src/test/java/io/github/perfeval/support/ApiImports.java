package io.github.perfeval.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** An evaluation document imported as the administrator through the JSON API. */
public final class ApiImports {

	private ApiImports() {
	}

	/** Imports the document and gives the new evaluation's id (from its Location). */
	public static long imported(MockMvcTester mvc, String json) {
		String location = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}

package io.github.perfeval.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.perfeval.support.TestUsers;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Imports documents and downloads their files as the administrator; keeps every download
 * under {@code target/report-samples} so that a person can look at what the tests read.
 */
final class ReportDownloads {

	static final Path SAMPLES = Path.of("target", "report-samples");

	private final MockMvcTester mvc;

	ReportDownloads(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** Imports a document; returns its id. */
	long importDocument(String json) {
		MockHttpServletResponse response = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).as("import").isEqualTo(201);
		String location = response.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	MockHttpServletResponse get(String uri) {
		return mvc.get().uri(uri).with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)).exchange().getResponse();
	}

	/**
	 * Downloads a file (200 expected) and keeps it as
	 * {@code target/report-samples/<sample>}.
	 */
	byte[] download(String uri, String sample) {
		MockHttpServletResponse response = get(uri);
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		byte[] content = response.getContentAsByteArray();
		try {
			Files.createDirectories(SAMPLES);
			Files.write(SAMPLES.resolve(sample), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return content;
	}

}

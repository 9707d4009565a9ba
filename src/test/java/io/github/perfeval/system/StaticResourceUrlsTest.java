package io.github.perfeval.system;

import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource chain rewrites the URLs of static files and WebJars only; a page's link is
 * encoded as the container does, without being looked up as a file.
 */
class StaticResourceUrlsTest {

	/** Stands for the chain's rewriting (a WebJar's version put in). */
	private static final HttpServletResponseWrapper REWRITING = new HttpServletResponseWrapper(
			new MockHttpServletResponse()) {
		@Override
		public String encodeURL(String url) {
			return url.replace("/dist/", "/2.0.10/dist/") + "#rewritten";
		}
	};

	@Test
	void theChainRewritesStaticFilesAndWebJarsOnly() {
		StaticResourceUrls.Selective response = new StaticResourceUrls.Selective(REWRITING,
				new MockHttpServletResponse(), "");

		assertThat(response.encodeURL("/webjars/htmx.org/dist/htmx.min.js"))
			.isEqualTo("/webjars/htmx.org/2.0.10/dist/htmx.min.js#rewritten");
		assertThat(response.encodeURL("/css/app.css")).isEqualTo("/css/app.css#rewritten");
		assertThat(response.encodeURL("/js/goals.js")).isEqualTo("/js/goals.js#rewritten");
		assertThat(response.encodeURL("/evaluations/123")).isEqualTo("/evaluations/123");
		assertThat(response.encodeURL("/overview?sort=TOTAL&page=2")).isEqualTo("/overview?sort=TOTAL&page=2");
		assertThat(response.encodeURL("/cssx/a")).isEqualTo("/cssx/a");
	}

	@Test
	void underAContextPathItsStaticFilesOnly() {
		StaticResourceUrls.Selective response = new StaticResourceUrls.Selective(REWRITING,
				new MockHttpServletResponse(), "/perfeval");

		assertThat(response.encodeURL("/perfeval/css/app.css")).isEqualTo("/perfeval/css/app.css#rewritten");
		assertThat(response.encodeURL("/perfeval/evaluations/1")).isEqualTo("/perfeval/evaluations/1");
		assertThat(response.encodeURL("/css/app.css")).as("outside the application").isEqualTo("/css/app.css");
	}

}

package io.github.perfeval.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.perfeval.support.TestDatabase;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real servlet container, as a browser or a TLS proxy in front of it sends
 * requests: a new session id at login; the session cookie HttpOnly and SameSite=Lax, and
 * Secure with HSTS when the proxy says the request came over https (X-Forwarded-Proto),
 * redirects then staying on https at the proxy's host; the security headers; an exception
 * rendered as the Chinese error page without its message or stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "perfeval.admin.username=admin", "perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD })
@Import({ TestDatabase.class, TestUsers.class, WebHardeningServerTests.Failing.class })
class WebHardeningServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private static final String[] TLS_PROXY = { "X-Forwarded-Proto", "https", "X-Forwarded-Host",
			"perfeval.example.gov.cn", "X-Forwarded-Port", "443" };

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionIdChangesAtLoginAndItsCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> page = send(get("/login"));
		String before = session(page);
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> login = send(logIn(before, token(page.body())));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
		String after = session(login);
		assertThat(after).isNotEqualTo(before);
		assertThat(send(get("/").header("Cookie", "JSESSIONID=" + after).build()).body()).contains("退出");
		assertThat(send(get("/").header("Cookie", "JSESSIONID=" + before).build()).statusCode()).isEqualTo(302);
	}

	@Test
	void behindATlsProxyRedirectsStayOnHttpsAndTheCookieIsSecure() throws Exception {
		HttpResponse<String> home = send(get("/").headers(TLS_PROXY).build());
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValue("https://perfeval.example.gov.cn/login");

		HttpResponse<String> page = send(get("/login").headers(TLS_PROXY).build());
		assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly",
				"SameSite=Lax");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.headers(TLS_PROXY)
			.header("Cookie", "JSESSIONID=" + session(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("admin", TestUsers.ADMIN_PASSWORD, token(page.body())))
			.build());
		assertThat(login.headers().firstValue("Location")).hasValue("https://perfeval.example.gov.cn/");
		assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
				+ "form-action 'self'; base-uri 'self'";
		for (HttpResponse<String> response : List.of(send(get("/login")), send(get("/api/score")),
				send(get("/actuator/health")))) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(policy);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		}
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
	}

	@Test
	void anExceptionGetsTheChineseErrorPageWithoutItsMessageOrStackTrace() throws Exception {
		HttpResponse<String> page = send(get("/login"));
		String session = session(send(logIn(session(page), token(page.body()))));

		HttpResponse<String> failed = send(
				get("/test/failing").header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html").build());
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains("出错了（500）", "系统出现错误，请稍后重试")
			.doesNotContain(Failing.SECRET, "IllegalStateException", "at io.github", "Whitelabel");

		HttpResponse<String> json = send(get("/test/failing").header("Cookie", "JSESSIONID=" + session)
			.header("Accept", "application/json")
			.build());
		assertThat(json.statusCode()).isEqualTo(500);
		assertThat(json.body()).doesNotContain(Failing.SECRET, "IllegalStateException", "trace", "exception");
	}

	private HttpRequest logIn(String session, String token) {
		return HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form("admin", TestUsers.ADMIN_PASSWORD, token))
			.build();
	}

	private static HttpRequest.BodyPublisher form(String username, String password, String token) {
		return HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return send(request.build());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String session(HttpResponse<?> response) {
		Matcher session = SESSION.matcher(response.headers().firstValue("Set-Cookie").orElseThrow());
		assertThat(session.find()).isTrue();
		return session.group(1);
	}

	private static String token(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/** A page that fails with a message that must not reach the browser. */
	@RestController
	static class Failing {

		static final String SECRET = "connection string jdbc:postgresql://secret-host";

		@GetMapping("/test/failing")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}

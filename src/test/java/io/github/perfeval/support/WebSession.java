package io.github.perfeval.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

/**
 * One person's browser session against the running application, over real HTTP: signed in
 * through {@code /login}, its cookie kept, the CSRF token of the last page read sent with
 * each form. Redirects are not followed, so a test sees the post / redirect / get.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final String username;

	private String session;

	private String csrf;

	private WebSession(String baseUrl, String username) {
		this.baseUrl = baseUrl;
		this.username = username;
	}

	/** Signs in on the login page as a person does; fails unless the login lands. */
	public static WebSession logIn(String baseUrl, String username, String password) {
		WebSession web = new WebSession(baseUrl, username);
		HttpResponse<String> page = web.get("/login");
		web.session = cookie(page);
		HttpResponse<String> login = web.send(HttpRequest.newBuilder(web.uri("/login"))
			.header("Cookie", "JSESSIONID=" + web.session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token(page.body())))));
		if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/")) {
			throw new AssertionError("Login of " + username + " did not land: " + describe(login));
		}
		web.session = cookie(login);
		return web;
	}

	/**
	 * The same session (cookie and CSRF token) sent to another address: another instance
	 * behind the same proxy.
	 */
	public WebSession on(String otherBaseUrl) {
		WebSession other = new WebSession(otherBaseUrl, username);
		other.session = session;
		other.csrf = csrf;
		return other;
	}

	/** A login form posted as a person would, the response as it came (no check). */
	public static HttpResponse<String> attemptLogIn(String baseUrl, String username, String password) {
		WebSession web = new WebSession(baseUrl, username);
		HttpResponse<String> page = web.get("/login");
		web.session = cookie(page);
		return web.send(HttpRequest.newBuilder(web.uri("/login"))
			.header("Cookie", "JSESSIONID=" + web.session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token(page.body())))));
	}

	/** The session cookie a response set. */
	public static String sessionCookie(HttpResponse<String> response) {
		return cookie(response);
	}

	public String username() {
		return username;
	}

	/** Reads a page (and keeps its CSRF token for the next form). */
	public HttpResponse<String> get(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		HttpResponse<String> response = send(request);
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form as the page would, with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, MultiValueMap<String, String> form) {
		String body = form.entrySet()
			.stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + encode(csrf))));
	}

	/** The version a page's form posts (the first {@code version} field). */
	public static long version(String html) {
		Matcher version = VERSION.matcher(html);
		if (!version.find()) {
			throw new AssertionError("No version field on the page: " + excerpt(html));
		}
		return Long.parseLong(version.group(1));
	}

	/** A call of the JSON API with a bearer token (no session, no CSRF). */
	public static HttpResponse<String> api(String baseUrl, String token, String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A call of the JSON API with HTTP Basic. */
	public static HttpResponse<String> basic(String baseUrl, String username, String password, String path,
			String json) {
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Basic " + credentials);
		if (json == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		}
		return send(request);
	}

	/** Status, location and the beginning of the body: what a failure message needs. */
	public static String describe(HttpResponse<String> response) {
		return response.request().method() + " " + response.request().uri().getPath() + " → " + response.statusCode()
				+ response.headers().firstValue("Location").map(location -> " (Location " + location + ")").orElse("")
				+ ": " + excerpt(response.body());
	}

	/** The text of a page without its markup, shortened. */
	public static String excerpt(String body) {
		String text = body.replaceAll("(?s)<head>.*?</head>", "")
			.replaceAll("(?s)<[^>]+>", " ")
			.replaceAll("\\s+", " ")
			.trim();
		return text.length() > 400 ? text.substring(0, 400) + " …" : text;
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String cookie(HttpResponse<String> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher session = SESSION.matcher(header);
			if (session.find()) {
				return session.group(1);
			}
		}
		throw new AssertionError("No session cookie: " + describe(response));
	}

	private static String token(String html) {
		Matcher token = CSRF.matcher(html);
		if (!token.find()) {
			throw new AssertionError("No CSRF token on the page: " + excerpt(html));
		}
		return token.group(1);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

package io.github.perfeval.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A row of the access matrix: an endpoint (method and path pattern, as the handler
 * mappings name it), who may pass its access check, what it is tried against, the state
 * its evaluations need, what a request to it carries and what an allowed response shows.
 */
final class Endpoint {

	/** Any method: a mapping that names none (the error controller). */
	static final String ANY = "*";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** What an allowed response must show; fails with an assertion when it does not. */
	interface Shows {

		void check(Cell cell, Response response);

	}

	/**
	 * A response as the checks read it: status, body as text, the downloaded file's name.
	 */
	record Response(MvcTestResult result, int status, String body, String fileName, String redirect) {
	}

	final String method;

	final String pattern;

	final Access access;

	private List<Target> targets;

	EvaluationState state = EvaluationState.DRAFT;

	/**
	 * The concrete path tried for a pattern with wildcards ({@code /**}); its variables
	 * are filled in like the pattern's.
	 */
	private String sample;

	private final Map<String, Function<Cell, Object>> variables = new LinkedHashMap<>();

	private Function<Cell, MultiValueMap<String, String>> params = cell -> new LinkedMultiValueMap<>();

	private Function<Cell, String> json;

	private BiFunction<Cell, String, MockMultipartFile> file;

	private BiFunction<Cell, AbstractMockHttpServletRequestBuilder<?>, AbstractMockHttpServletRequestBuilder<?>> extra = (
			cell, request) -> request;

	Shows shows = (cell, response) -> {
	};

	/** A write that changes nothing even when allowed (a preview, a score). */
	boolean readOnly;

	Endpoint(String method, String pattern, Access access) {
		this.method = method;
		this.pattern = pattern;
		this.access = access;
		this.readOnly = "GET".equals(method) || ANY.equals(method);
		this.targets = pattern.startsWith("/evaluations/{id}") || pattern.startsWith("/api/evaluations/{id}")
				? List.of(Target.LUOHU, Target.HKU) : List.of(Target.NONE);
	}

	String key() {
		return method + " " + pattern;
	}

	/** Tried against each department's evaluation (or the department itself). */
	Endpoint perDepartment() {
		targets = List.of(Target.LUOHU, Target.HKU);
		return this;
	}

	/** Tried against the actor's own account object and against someone else's. */
	Endpoint perAccount() {
		targets = List.of(Target.OWN, Target.SOMEONE_ELSES);
		return this;
	}

	Endpoint in(EvaluationState state) {
		this.state = state;
		return this;
	}

	Endpoint sample(String path) {
		this.sample = path;
		return this;
	}

	/**
	 * The value of a path variable, where {@code AccessMatrixTests#variable} has none.
	 */
	Endpoint variable(String name, Function<Cell, Object> value) {
		variables.put(name, value);
		return this;
	}

	Endpoint params(Function<Cell, MultiValueMap<String, String>> params) {
		this.params = params;
		return this;
	}

	Endpoint json(Function<Cell, String> json) {
		this.json = json;
		return this;
	}

	Endpoint file(BiFunction<Cell, String, MockMultipartFile> file) {
		this.file = file;
		return this;
	}

	Endpoint request(
			BiFunction<Cell, AbstractMockHttpServletRequestBuilder<?>, AbstractMockHttpServletRequestBuilder<?>> extra) {
		this.extra = extra;
		return this;
	}

	/** What an allowed response shows: all of these. */
	Endpoint shows(Shows... all) {
		this.shows = (cell, response) -> {
			for (Shows one : all) {
				one.check(cell, response);
			}
		};
		return this;
	}

	Endpoint readOnly() {
		this.readOnly = true;
		return this;
	}

	List<Target> targets() {
		return targets;
	}

	/**
	 * Served by the API's security (401 rather than the login page; Basic and Bearer).
	 */
	boolean isApi() {
		return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs");
	}

	/** The path with every variable filled in for the cell. */
	String uri(Cell cell, BiFunction<String, Cell, Object> defaults) {
		Matcher matcher = VARIABLE.matcher(sample != null ? sample : pattern);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			Object value = variables.containsKey(name) ? variables.get(name).apply(cell) : defaults.apply(name, cell);
			matcher.appendReplacement(uri, Matcher.quoteReplacement(String.valueOf(value)));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

	AbstractMockHttpServletRequestBuilder<?> build(Cell cell, String uri) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (file != null) {
			request = MockMvcRequestBuilders.multipart(uri).file(file.apply(cell, uri));
		}
		else {
			request = MockMvcRequestBuilders.request(ANY.equals(method) ? "GET" : method, java.net.URI.create(uri));
		}
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.apply(cell));
		}
		request.params(params.apply(cell));
		return extra.apply(cell, request);
	}

	@Override
	public String toString() {
		return key() + " (" + access + ")";
	}

}

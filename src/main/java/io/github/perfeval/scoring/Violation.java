package io.github.perfeval.scoring;

import java.util.List;

/**
 * A problem with an input, named by indicator code and field; {@code code} is a message
 * key under {@code violation.} in {@code messages.properties}, {@code args} its
 * arguments.
 */
public record Violation(String indicator, String field, String code, List<Object> args) {

	public Violation {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static Violation of(String indicator, String field, String code, Object... args) {
		return new Violation(indicator, field, code, List.of(args));
	}

}

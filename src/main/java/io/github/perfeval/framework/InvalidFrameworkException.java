package io.github.perfeval.framework;

import java.util.List;
import java.util.Map;

import io.github.perfeval.scoring.Violation;

/**
 * A framework document refused before anything was stored, with every problem found;
 * {@code names} holds the document's indicator names by code, for the messages.
 */
public class InvalidFrameworkException extends RuntimeException {

	private final transient List<Violation> violations;

	private final transient Map<String, String> names;

	InvalidFrameworkException(String code, List<Violation> violations, Map<String, String> names) {
		super("Framework " + code + " refused: " + violations);
		this.violations = List.copyOf(violations);
		this.names = Map.copyOf(names);
	}

	public List<Violation> violations() {
		return violations;
	}

	public Map<String, String> names() {
		return names;
	}

}

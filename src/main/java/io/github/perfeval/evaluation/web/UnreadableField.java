package io.github.perfeval.evaluation.web;

import java.util.stream.Collectors;

import tools.jackson.databind.DatabindException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The JSON path of the property a request body could not be read at, e.g.
 * {@code units[2].name}.
 */
final class UnreadableField {

	private UnreadableField() {
	}

	static String of(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof DatabindException databind) || databind.getPath().isEmpty()) {
			return null;
		}
		return databind.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
					: "[" + (reference.getIndex() + 1) + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

}

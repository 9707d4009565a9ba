package io.github.perfeval.evaluation.web;

import java.util.stream.Collectors;

import io.github.perfeval.evaluation.SheetMessages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The JSON path of the property a request body could not be read at, e.g.
 * {@code units[2].name}, and the message that names it as people do.
 */
final class UnreadableField {

	private UnreadableField() {
	}

	static String of(HttpMessageNotReadableException ex) {
		return ex.getCause() instanceof JacksonException jackson ? of(jackson) : null;
	}

	static String of(JacksonException ex) {
		if (!(ex instanceof DatabindException databind) || databind.getPath().isEmpty()) {
			return null;
		}
		return databind.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
					: "[" + (reference.getIndex() + 1) + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	/** 无法识别“年度”（year）的值, or that the document is no JSON at all. */
	static String message(JacksonException ex, SheetMessages messages) {
		return message(of(ex), messages);
	}

	static String message(String field, SheetMessages messages) {
		if (field == null) {
			return messages.text("api.unreadable");
		}
		return messages.text("api.unreadableField", messages.fieldLabel(null, field), field);
	}

}

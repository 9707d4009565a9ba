package io.github.perfeval.framework;

import java.util.List;

/** A framework workbook refused before anything was stored, with every problem found. */
public class InvalidWorkbookException extends RuntimeException {

	private final transient List<WorkbookError> errors;

	InvalidWorkbookException(List<WorkbookError> errors) {
		super("Framework workbook refused: " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<WorkbookError> errors() {
		return errors;
	}

}

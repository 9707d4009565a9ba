package io.github.perfeval.evaluation;

/** The evaluation is submitted or approved, or the viewer may not fill it in. */
public class NotEditableException extends RuntimeException {

	NotEditableException(String message) {
		super(message);
	}

}

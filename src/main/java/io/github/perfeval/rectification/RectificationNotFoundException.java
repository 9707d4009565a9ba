package io.github.perfeval.rectification;

/** No such 整改事项 on the evaluation. */
public class RectificationNotFoundException extends RuntimeException {

	RectificationNotFoundException(long itemId) {
		super("No rectification item " + itemId);
	}

}

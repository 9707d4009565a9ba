package io.github.perfeval.rectification;

import io.github.perfeval.system.NotFoundException;

/** No such 整改事项 on the evaluation. */
public class RectificationNotFoundException extends NotFoundException {

	RectificationNotFoundException(long itemId) {
		super("No rectification item " + itemId);
	}

}

package io.github.perfeval.rectification;

/** A save or a review of an item someone else changed since the page was opened. */
public class StaleRectificationException extends RuntimeException {

	StaleRectificationException(long itemId) {
		super("Rectification item " + itemId + " changed since it was read");
	}

}

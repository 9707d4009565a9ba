package io.github.perfeval.evaluation.web;

/**
 * A text as a form sends it, read as stored: line breaks as {@code \n}. A browser sends a
 * textarea's breaks as {@code \r\n}; read as they come, every save of a multi-line text
 * would look like a change of it (and be recorded as one).
 */
final class FormText {

	private FormText() {
	}

	static String of(String sent) {
		return sent == null ? null : sent.replace("\r\n", "\n").replace('\r', '\n');
	}

}

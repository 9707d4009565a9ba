package io.github.perfeval.evaluation;

import java.util.List;

/**
 * A workflow step or a reviewer's act that this evaluation's state, or this person, does
 * not allow; {@code messageKey} (under {@code review.refused.}) says why in Chinese.
 */
public class TransitionRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient List<Object> args;

	TransitionRefusedException(String messageKey, Object... args) {
		super("Refused: " + messageKey);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return "review.refused." + messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}

}

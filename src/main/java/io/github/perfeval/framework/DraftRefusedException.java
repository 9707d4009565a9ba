package io.github.perfeval.framework;

/** A copy refused: {@code messageCode} with its argument says why. */
public class DraftRefusedException extends RuntimeException {

	private final String messageCode;

	private final String argument;

	DraftRefusedException(String messageCode, String argument) {
		super(messageCode + ": " + argument);
		this.messageCode = messageCode;
		this.argument = argument;
	}

	public String messageCode() {
		return messageCode;
	}

	public String argument() {
		return argument;
	}

}

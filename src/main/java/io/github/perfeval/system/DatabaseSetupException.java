package io.github.perfeval.system;

/**
 * The application cannot get its database and knows why: reported at start-up as a
 * description and an action (see {@link DatabaseSetupFailureAnalyzer}), without a stack
 * trace.
 */
public class DatabaseSetupException extends RuntimeException {

	private final String action;

	public DatabaseSetupException(String description, String action) {
		super(description);
		this.action = action;
	}

	public String action() {
		return action;
	}

}

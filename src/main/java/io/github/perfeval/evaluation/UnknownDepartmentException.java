package io.github.perfeval.evaluation;

/** Only an administrator's import creates a department. */
public class UnknownDepartmentException extends RuntimeException {

	private final String code;

	UnknownDepartmentException(String code) {
		super("No department " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}

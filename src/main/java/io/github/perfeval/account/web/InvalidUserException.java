package io.github.perfeval.account.web;

import java.util.List;

/** A user the API refuses to create, with every problem. */
class InvalidUserException extends RuntimeException {

	private final List<ApiFieldError> errors;

	InvalidUserException(List<ApiFieldError> errors) {
		super("Invalid user");
		this.errors = List.copyOf(errors);
	}

	List<ApiFieldError> errors() {
		return errors;
	}

}

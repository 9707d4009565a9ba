package io.github.perfeval.account.web;

/**
 * One problem of a refused request, in the shape of the whole API ({@code indicator} is
 * always null here: users have no indicators).
 */
record ApiFieldError(String indicator, String field, String message) {

	static ApiFieldError of(String field, String message) {
		return new ApiFieldError(null, field, message);
	}

}

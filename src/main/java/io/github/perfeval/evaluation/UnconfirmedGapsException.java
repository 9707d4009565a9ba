package io.github.perfeval.evaluation;

/**
 * 提交 refused: the report still has empty sections or missing signatories and the filler
 * has not confirmed having seen them (the list is beside 提交).
 */
public class UnconfirmedGapsException extends RuntimeException {

	UnconfirmedGapsException(String message) {
		super(message);
	}

}

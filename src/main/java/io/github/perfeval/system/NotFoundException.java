package io.github.perfeval.system;

/**
 * Something the user asked for that does not exist for them: none by that number, or one
 * of another department (the two are never told apart). {@link ErrorAnswers} answers it
 * with 404, as a Chinese page or in the API's error shape.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}

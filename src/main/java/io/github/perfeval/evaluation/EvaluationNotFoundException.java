package io.github.perfeval.evaluation;

/** No such evaluation, or not one the viewer may see (the two are not told apart). */
public class EvaluationNotFoundException extends RuntimeException {

	EvaluationNotFoundException(long id) {
		super("No evaluation " + id);
	}

}

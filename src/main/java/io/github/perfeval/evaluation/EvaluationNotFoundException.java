package io.github.perfeval.evaluation;

import io.github.perfeval.system.NotFoundException;

/** No such evaluation, or not one the viewer may see (the two are not told apart). */
public class EvaluationNotFoundException extends NotFoundException {

	EvaluationNotFoundException(long id) {
		super("No evaluation " + id);
	}

}

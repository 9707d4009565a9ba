package io.github.perfeval.evaluation;

/** Someone saved the evaluation since this page read it: nothing was overwritten. */
public class StaleEvaluationException extends RuntimeException {

	StaleEvaluationException(long id) {
		super("Evaluation " + id + " was changed by someone else");
	}

}

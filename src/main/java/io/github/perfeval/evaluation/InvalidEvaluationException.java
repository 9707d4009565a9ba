package io.github.perfeval.evaluation;

/** The document has problems; nothing was saved. */
public class InvalidEvaluationException extends RuntimeException {

	private final transient Scored scored;

	InvalidEvaluationException(Scored scored) {
		super(scored.violations().size() + " problems in the evaluation document");
		this.scored = scored;
	}

	public Scored scored() {
		return scored;
	}

}

package io.github.perfeval.evidence;

/**
 * The evaluation, or its file, does not exist for this viewer (the two are not told
 * apart).
 */
public class EvidenceNotFoundException extends RuntimeException {

	public EvidenceNotFoundException(long evaluationId) {
		super("No evidence of evaluation " + evaluationId + " for this viewer");
	}

}

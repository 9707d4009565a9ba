package io.github.perfeval.evidence;

import io.github.perfeval.system.NotFoundException;

/**
 * The evaluation, or its file, does not exist for this viewer (the two are not told
 * apart).
 */
public class EvidenceNotFoundException extends NotFoundException {

	public EvidenceNotFoundException(long evaluationId) {
		super("No evidence of evaluation " + evaluationId + " for this viewer");
	}

}

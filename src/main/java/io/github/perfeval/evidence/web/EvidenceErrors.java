package io.github.perfeval.evidence.web;

import java.util.List;
import java.util.Map;

import io.github.perfeval.evidence.EvidenceRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The evidence endpoints' own failures: the API's refusals are 400 (the file) or 409 (the
 * evaluation's state), in the error shape of the API, naming the leaf and the field. (A
 * file or evaluation one may not see is the shared 404 of {@code system.ErrorAnswers}.)
 */
@ControllerAdvice(assignableTypes = { EvidencePageController.class, EvidenceApiController.class })
class EvidenceErrors {

	private final EvidenceMessages messages;

	EvidenceErrors(EvidenceMessages messages) {
		this.messages = messages;
	}

	/** One problem, in the shape the API's other errors have. */
	record Problem(String indicator, String field, String message) {
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<Problem>>> refused(EvidenceRefusedException ex) {
		String message = messages.refusal(ex);
		return ResponseEntity.status(status(ex))
			.body(Map.of("errors", List
				.of(new Problem(ex.leafCode(), ex.code().equals("unknownLeaf") ? "leafCode" : "file", message))));
	}

	/** 403 not the filler, 409 not now, 400 the file. */
	static HttpStatus status(EvidenceRefusedException ex) {
		return ex.isForbidden() ? HttpStatus.FORBIDDEN : ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
	}

}

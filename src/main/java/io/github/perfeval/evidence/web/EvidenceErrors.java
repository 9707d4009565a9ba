package io.github.perfeval.evidence.web;

import java.util.List;
import java.util.Map;

import io.github.perfeval.evidence.EvidenceNotFoundException;
import io.github.perfeval.evidence.EvidenceRefusedException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The evidence endpoints' failures: an evaluation or a file one may not see does not
 * exist (404, the page or the API's shape); the API's refusals are 400 (the file) or 409
 * (the evaluation's state), in the error shape of the API, naming the leaf and the field.
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
	Object notFound(EvidenceNotFoundException ex, HttpServletRequest request) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					messages.text("api.notFound"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", 404, "messageKey", "error.notFound"));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<Problem>>> refused(EvidenceRefusedException ex, HttpServletRequest request) {
		String message = messages.refusal(ex);
		return ResponseEntity.status(status(ex))
			.body(Map.of("errors", List
				.of(new Problem(ex.leafCode(), ex.code().equals("unknownLeaf") ? "leafCode" : "file", message))));
	}

	/** 403 not the filler, 409 not now, 400 the file. */
	static HttpStatus status(EvidenceRefusedException ex) {
		return ex.isForbidden() ? HttpStatus.FORBIDDEN : ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}

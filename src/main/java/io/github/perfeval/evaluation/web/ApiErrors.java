package io.github.perfeval.evaluation.web;

import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.FieldError;
import io.github.perfeval.evaluation.InputLimits;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.EvaluationExistsException;
import io.github.perfeval.evaluation.InvalidEvaluationException;
import io.github.perfeval.evaluation.UnknownDepartmentException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API failures in Chinese: 400 with field-level errors, 403, 404, 409. */
@RestControllerAdvice(assignableTypes = { EvaluationApiController.class, ReviewApiController.class })
class ApiErrors {

	private final SheetMessages messages;

	private final InputLimits limits;

	ApiErrors(SheetMessages messages, InputLimits limits) {
		this.messages = messages;
		this.limits = limits;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<FieldError>>> invalid(InvalidEvaluationException ex) {
		List<FieldError> errors = ex.scored()
			.violations()
			.stream()
			.map(violation -> messages.error(violation, ex.scored().tree()))
			.toList();
		return ResponseEntity.badRequest().body(Map.of("errors", errors));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<FieldError>>> unreadable(HttpMessageNotReadableException ex) {
		if (RequestBodyLimit.causedBy(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(Map.of("errors", List.of(new FieldError(null, null,
						messages.text("api.tooLarge", limits.requestBody().toKilobytes() / 1024)))));
		}
		String field = UnreadableField.of(ex);
		return ResponseEntity.badRequest()
			.body(Map.of("errors", List.of(new FieldError(null, field, UnreadableField.message(field, messages)))));
	}

	@ExceptionHandler
	ProblemDetail exists(EvaluationExistsException ex) {
		return problem(HttpStatus.CONFLICT, messages.text("api.exists", ex.departmentName(), ex.year()));
	}

	@ExceptionHandler
	ProblemDetail unknownDepartment(UnknownDepartmentException ex) {
		return problem(HttpStatus.FORBIDDEN, messages.text("api.unknownDepartment", ex.code()));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

}

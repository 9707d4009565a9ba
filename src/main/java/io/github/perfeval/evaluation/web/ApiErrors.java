package io.github.perfeval.evaluation.web;

import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.FieldError;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.evaluation.EvaluationExistsException;
import io.github.perfeval.evaluation.EvaluationNotFoundException;
import io.github.perfeval.evaluation.InvalidEvaluationException;
import io.github.perfeval.evaluation.UnknownDepartmentException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API failures in Chinese: 400 with field-level errors, 403, 404, 409. */
@RestControllerAdvice(assignableTypes = EvaluationApiController.class)
class ApiErrors {

	private final SheetMessages messages;

	ApiErrors(SheetMessages messages) {
		this.messages = messages;
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
		String field = UnreadableField.of(ex);
		String message = field == null ? messages.text("api.unreadable") : messages.text("api.unreadableField", field);
		return ResponseEntity.badRequest().body(Map.of("errors", List.of(new FieldError(null, field, message))));
	}

	@ExceptionHandler
	ProblemDetail exists(EvaluationExistsException ex) {
		return problem(HttpStatus.CONFLICT, messages.text("api.exists", ex.departmentName(), ex.year()));
	}

	@ExceptionHandler
	ProblemDetail notFound(EvaluationNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, messages.text("api.notFound"));
	}

	@ExceptionHandler
	ProblemDetail unknownDepartment(UnknownDepartmentException ex) {
		return problem(HttpStatus.FORBIDDEN, messages.text("api.unknownDepartment", ex.code()));
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, messages.text("api.forbidden"));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

}

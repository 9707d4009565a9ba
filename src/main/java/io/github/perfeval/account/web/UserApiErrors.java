package io.github.perfeval.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 400 of the user API, in the API's shape: {@code {"errors":[{indicator, field,
 * message}]}}.
 */
@RestControllerAdvice(assignableTypes = UserApiController.class)
class UserApiErrors {

	private final MessageSource messages;

	UserApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiFieldError>>> invalid(MethodArgumentNotValidException ex) {
		return badRequest(ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> ApiFieldError.of(error.getField(), error.getDefaultMessage()))
			.toList());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiFieldError>>> invalid(InvalidUserException ex) {
		return badRequest(ex.errors());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiFieldError>>> unreadable(HttpMessageNotReadableException ex) {
		String field = null;
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			field = databind.getPath().get(0).getPropertyName();
		}
		String message = field == null ? messages.getMessage("admin.api.unreadable", null, Locale.SIMPLIFIED_CHINESE)
				: messages.getMessage("admin.api.unreadableField", new Object[] { field }, Locale.SIMPLIFIED_CHINESE);
		return badRequest(List.of(ApiFieldError.of(field, message)));
	}

	private static ResponseEntity<Map<String, List<ApiFieldError>>> badRequest(List<ApiFieldError> errors) {
		return ResponseEntity.badRequest().body(Map.of("errors", errors));
	}

}

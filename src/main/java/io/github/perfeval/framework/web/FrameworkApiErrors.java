package io.github.perfeval.framework.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.perfeval.framework.InvalidFrameworkException;
import io.github.perfeval.scoring.Violation;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The framework API's failures in the API's error shape,
 * {@code {"errors":[{"indicator","field","message"}]}}: 400 with every problem of a
 * document, 404 for an unknown framework or version, 409 when another import stored the
 * same version first. Texts under {@code framework.} in
 * {@code messages-framework.properties}.
 */
@RestControllerAdvice(assignableTypes = FrameworkApiController.class)
class FrameworkApiErrors {

	private final MessageSource messages;

	FrameworkApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** One problem, as the API returns it. */
	record ApiError(String indicator, String field, String message) {
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> invalid(InvalidFrameworkException ex) {
		return respond(HttpStatus.BAD_REQUEST,
				ex.violations().stream().map(violation -> error(violation, ex.names())).toList());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> notFound(FrameworkNotFoundException ex) {
		ApiError error = ex.version() == null ? new ApiError(null, "code", text("framework.notFound", ex.code()))
				: new ApiError(null, "version", text("framework.versionNotFound", ex.code(), ex.version()));
		return respond(HttpStatus.NOT_FOUND, List.of(error));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> unreadable(HttpMessageNotReadableException ex) {
		String field = field(ex);
		return respond(HttpStatus.BAD_REQUEST, List.of(new ApiError(null, field,
				field == null ? text("framework.unreadable") : text("framework.unreadableField", field))));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> concurrent(DataIntegrityViolationException ex) {
		return respond(HttpStatus.CONFLICT, List.of(new ApiError(null, "version", text("framework.concurrent"))));
	}

	/** The JSON path the body could not be read at, e.g. {@code indicators[2].weight}. */
	private static String field(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof DatabindException databind) || databind.getPath().isEmpty()) {
			return null;
		}
		return databind.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
					: "[" + (reference.getIndex() + 1) + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	private ApiError error(Violation violation, Map<String, String> names) {
		String detail = text("framework.violation." + violation.code(), violation.args().toArray());
		String message;
		if (violation.indicator() != null) {
			String name = names.getOrDefault(violation.indicator(), "");
			message = violation.field() == null ? text("format.indicator", violation.indicator(), name, detail)
					: text("format.indicatorField", violation.indicator(), name, field("indicator", violation.field()),
							detail);
		}
		else if (violation.field() != null) {
			message = text("format.field", field("framework", violation.field()), detail);
		}
		else {
			message = detail;
		}
		return new ApiError(violation.indicator(), violation.field(), message);
	}

	private String field(String scope, String field) {
		return messages.getMessage("framework.field." + scope + "." + field, null, field, locale());
	}

	private String text(String code, Object... args) {
		Object[] formatted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			formatted[i] = args[i] instanceof BigDecimal number
					? new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number)
					: String.valueOf(args[i]);
		}
		return messages.getMessage(code, formatted, code, locale());
	}

	private static ResponseEntity<Map<String, List<ApiError>>> respond(HttpStatus status, List<ApiError> errors) {
		return ResponseEntity.status(status).body(Map.of("errors", errors));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}

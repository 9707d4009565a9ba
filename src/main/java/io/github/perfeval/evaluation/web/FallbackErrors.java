package io.github.perfeval.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.github.perfeval.evaluation.SheetMessages;

/**
 * Failures before any controller is chosen: an address that does not exist (页面不存在, or the
 * API's 404 shape) and an upload over the multipart limit (the error page with the
 * limit), never a bare error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackErrors {

	private final DataSize maxFileSize;

	private final SheetMessages messages;

	FallbackErrors(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			SheetMessages messages) {
		this.maxFileSize = maxFileSize;
		this.messages = messages;
	}

	@ExceptionHandler
	Object notFound(NoResourceFoundException ex, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					messages.text("error.pageNotFound"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		}
		return page(HttpStatus.NOT_FOUND, "error.pageNotFound", null);
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", maxFileSize.toMegabytes());
	}

	private static ModelAndView page(HttpStatus status, String messageKey, Object argument) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("messageArg", argument);
		return page;
	}

}

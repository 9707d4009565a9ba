package io.github.perfeval.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures every module shares become answers: what does not exist
 * for the user ({@link NotFoundException}: 没有这份自评，或您无权查看), what their role may not do
 * (403), an address that does not exist (页面不存在) and an upload over the multipart limit. A
 * page gets the Chinese error page, the API ({@code /api/**}) a problem detail in
 * Chinese. A module keeps an advice of its own only for failures with its own shape (the
 * fields of an invalid evaluation, a refused file); it answers first, this one last.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAnswers {

	private final MessageSource messages;

	private final DataSize maxFileSize;

	ErrorAnswers(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "error.notFound", "api.notFound");
	}

	@ExceptionHandler
	Object forbidden(AccessDeniedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN, "error.forbidden", "api.forbidden");
	}

	@ExceptionHandler
	Object noSuchAddress(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "error.pageNotFound", "error.pageNotFound");
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", maxFileSize.toMegabytes());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String pageKey, String apiKey) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String detail = messages.getMessage(apiKey, null, LocaleContextHolder.getLocale());
			return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
		}
		return page(status, pageKey, null);
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

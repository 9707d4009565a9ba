package io.github.perfeval.export.web;

import io.github.perfeval.export.ExportJobNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page's failures as Chinese pages: a job one may not see does not exist. */
@ControllerAdvice(assignableTypes = ExportPageController.class)
class ExportErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(ExportJobNotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.notFound");
		return "error";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(AccessDeniedException ex, Model model) {
		model.addAttribute("status", 403);
		model.addAttribute("messageKey", "error.forbidden");
		return "error";
	}

}

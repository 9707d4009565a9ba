package io.github.perfeval.evaluation.web;

import io.github.perfeval.evaluation.EvaluationNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages' failures as Chinese pages: an evaluation one may not see does not exist. */
@ControllerAdvice(
		assignableTypes = { EvaluationPageController.class, ReviewPageController.class, GoalPageController.class })
class PageErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EvaluationNotFoundException ex, Model model) {
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

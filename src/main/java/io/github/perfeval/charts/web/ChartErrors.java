package io.github.perfeval.charts.web;

import io.github.perfeval.evaluation.EvaluationNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An evaluation one may not see has no charts either: 404, as its pages. */
@ControllerAdvice(assignableTypes = ChartPageController.class)
class ChartErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EvaluationNotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("messageKey", "error.notFound");
		return "error";
	}

}

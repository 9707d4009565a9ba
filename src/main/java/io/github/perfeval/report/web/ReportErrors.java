package io.github.perfeval.report.web;

import java.io.IOException;

import io.github.perfeval.evaluation.EvaluationNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An unknown evaluation, or one of another department, is 404 for the page and the
 * downloads alike (the two are not told apart); the application's error page answers.
 */
@ControllerAdvice(assignableTypes = { SheetPageController.class, ReportExportController.class })
class ReportErrors {

	@ExceptionHandler
	void notFound(EvaluationNotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

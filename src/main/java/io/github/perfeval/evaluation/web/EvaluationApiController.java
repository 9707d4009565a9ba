package io.github.perfeval.evaluation.web;

import java.net.URI;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: score a document, import it, export it, read its scoring sheet. */
@RestController
class EvaluationApiController {

	private final EvaluationService evaluations;

	private final SheetMessages messages;

	EvaluationApiController(EvaluationService evaluations, SheetMessages messages) {
		this.evaluations = evaluations;
		this.messages = messages;
	}

	@PostMapping("/api/score")
	SheetJson score(@RequestBody EvaluationDocument document) {
		return SheetJson.of(evaluations.scoreValid(document), messages);
	}

	@PostMapping("/api/evaluations")
	ResponseEntity<SheetJson> importDocument(@RequestBody EvaluationDocument document,
			@RequestParam(defaultValue = "false") boolean confirmFutureYear) {
		EvaluationService.Imported imported = evaluations.importDocument(document, UserAccounts.currentViewer(),
				confirmFutureYear);
		return ResponseEntity.created(URI.create("/api/evaluations/" + imported.evaluation().id()))
			.body(SheetJson.of(imported.scored(), messages));
	}

	@GetMapping("/api/evaluations/{id}")
	EvaluationDocument export(@PathVariable long id) {
		return evaluations.export(id, UserAccounts.currentViewer());
	}

	@GetMapping("/api/evaluations/{id}/sheet")
	SheetJson sheet(@PathVariable long id) {
		return SheetJson.of(evaluations.sheet(id, UserAccounts.currentViewer()), messages);
	}

}

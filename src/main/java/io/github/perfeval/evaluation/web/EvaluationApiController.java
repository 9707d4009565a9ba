package io.github.perfeval.evaluation.web;

import java.net.URI;
import java.util.List;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.FieldError;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.StaleEvaluationException;

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

	/**
	 * The version a read was of, to state in the next act (an override, a return, an
	 * approval).
	 */
	static final String VERSION_HEADER = "Evaluation-Version";

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

	/**
	 * An evaluation as the API lists it: where it is, whose, which year, its status and
	 * the {@code version} every act on it states.
	 */
	record EvaluationJson(long id, String departmentCode, String departmentName, int year, EvaluationStatus status,
			long version, String href) {

		static EvaluationJson of(EvaluationSummary summary) {
			return new EvaluationJson(summary.id(), summary.departmentCode(), summary.departmentName(), summary.year(),
					summary.status(), summary.version(), "/api/evaluations/" + summary.id());
		}

	}

	/** What a filler sends to submit: the version read. */
	record SubmitRequest(Long version) {
	}

	/**
	 * A submission that went through, with what the report still lacks (each empty
	 * section and missing signatory, as the editor names them): the API warns, it does
	 * not ask; approval at the last level is refused while a section is empty.
	 */
	record Submitted(EvaluationJson evaluation, List<String> warnings) {
	}

	/** 提交: as the editor's 提交, the warnings in the response. */
	@PostMapping("/api/evaluations/{id}/submit")
	ResponseEntity<?> submit(@PathVariable long id, @RequestBody SubmitRequest request) {
		io.github.perfeval.account.Viewer viewer = UserAccounts.currentViewer();
		List<String> warnings = evaluations.submitWarnings(id, viewer, messages);
		try {
			EvaluationSummary summary = evaluations.submit(id, viewer,
					request.version() == null ? -1 : request.version());
			return ResponseEntity.ok(new Submitted(EvaluationJson.of(summary), warnings));
		}
		catch (StaleEvaluationException | org.springframework.dao.OptimisticLockingFailureException ex) {
			return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT)
				.body(java.util.Map.of("errors",
						List.of(new FieldError(null, "version", messages.text("editor.submitStale")))));
		}
		catch (NotEditableException ex) {
			return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT)
				.body(java.util.Map.of("errors",
						List.of(new FieldError(null, null, messages.text("editor.cannotSubmit")))));
		}
	}

	/** The evaluations the caller may see, newest year first. */
	@GetMapping("/api/evaluations")
	List<EvaluationJson> list() {
		return evaluations.visibleTo(UserAccounts.currentViewer()).stream().map(EvaluationJson::of).toList();
	}

	/**
	 * The evaluation document; its {@code version} in the {@link #VERSION_HEADER} header.
	 */
	@GetMapping("/api/evaluations/{id}")
	ResponseEntity<EvaluationDocument> export(@PathVariable long id) {
		EvaluationService.Versioned<EvaluationDocument> read = evaluations.exportWithVersion(id,
				UserAccounts.currentViewer());
		return ResponseEntity.ok().header(VERSION_HEADER, String.valueOf(read.version())).body(read.value());
	}

	/**
	 * The 评分表; the evaluation's {@code version} in the {@link #VERSION_HEADER} header.
	 */
	@GetMapping("/api/evaluations/{id}/sheet")
	ResponseEntity<SheetJson> sheet(@PathVariable long id) {
		EvaluationService.Versioned<Scored> read = evaluations.sheetWithVersion(id, UserAccounts.currentViewer());
		return ResponseEntity.ok()
			.header(VERSION_HEADER, String.valueOf(read.version()))
			.body(SheetJson.of(read.value(), messages));
	}

}

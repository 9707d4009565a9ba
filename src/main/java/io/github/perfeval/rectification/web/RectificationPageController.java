package io.github.perfeval.rectification.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.evidence.EvidenceRefusedException;
import io.github.perfeval.evidence.Upload;
import io.github.perfeval.rectification.RectificationLimits;
import io.github.perfeval.rectification.RectificationLine;
import io.github.perfeval.rectification.RectificationRefusedException;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.rectification.StaleRectificationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 整改事项 of an evaluation: the filler generates them once it is 已审定, then edits each and
 * moves its status; a reviewer confirms a 已完成 one or sends it back with a reason;
 * everyone else who sees the evaluation reads. The filler's save may bring a 佐证材料 file
 * (checked by the evidence module); each item lists its files to download, and to remove
 * until confirmed. Post / redirect / get; a refused or invalid save shows the page again
 * with what was typed and the message, naming the item and the field, beside its field.
 * Also the editor's 上年整改事项落实情况 section, as an htmx fragment.
 */
@Controller
class RectificationPageController {

	private static final String PAGE = "rectification/rectification";

	private final RectificationService rectifications;

	private final MessageSource messages;

	RectificationPageController(RectificationService rectifications, MessageSource messages) {
		this.rectifications = rectifications;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/rectification")
	String page(@PathVariable long id, Model model) {
		return show(id, model, null, null, Map.of());
	}

	@PostMapping("/evaluations/{id}/rectification/generate")
	String generate(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			List<RectificationLine> created = rectifications.generate(id, UserAccounts.currentViewer());
			redirect.addFlashAttribute("notice", text("rectification.generated", created.size()));
			return "redirect:/evaluations/{id}/rectification";
		}
		catch (RectificationRefusedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", refusal(ex));
			return show(id, model, null, null, Map.of());
		}
	}

	@PostMapping("/evaluations/{id}/rectification/{itemId}")
	String save(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult errors, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Viewer viewer = UserAccounts.currentViewer();
		RectificationService.Board board = rectifications.board(id, viewer);
		if (!board.fills()) {
			throw new AccessDeniedException("Only the department's staff rectify its problems");
		}
		checkDeadline(form, board.evaluation().year(), errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", text("rectification.invalid"));
			return show(id, model, itemId, form, fieldErrors(errors));
		}
		try {
			Upload upload = upload(file);
			RectificationLine saved = rectifications.save(id, itemId, viewer, form.getVersion(), form.toParameters(),
					upload);
			redirect.addFlashAttribute("notice", upload == null ? text("rectification.saved", saved.position())
					: text("rectification.savedWithFile", saved.position(), fileName(saved)));
			return "redirect:/evaluations/{id}/rectification#item-" + saved.position();
		}
		catch (EvidenceRefusedException ex) {
			response.setStatus(EvidenceStatus.of(ex).value());
			String message = fileRefusal(board, itemId, ex);
			model.addAttribute("error", message);
			return show(id, model, itemId, form, Map.of("file", message));
		}
		catch (StaleRectificationException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", text("rectification.stale"));
			return show(id, model, itemId, form, Map.of());
		}
		catch (RectificationRefusedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", refusal(ex));
			String field = REFUSAL_FIELDS.get(ex.code());
			return show(id, model, itemId, form, field == null ? Map.of() : Map.of(field, refusal(ex)));
		}
	}

	@PostMapping("/evaluations/{id}/rectification/{itemId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("review") ReviewForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return review(id, itemId, form, errors, model, redirect, response, false);
	}

	@PostMapping("/evaluations/{id}/rectification/{itemId}/return")
	String sendBack(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("review") ReviewForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getReason().isBlank()) {
			errors.rejectValue("reason", "rectification.reason.required");
		}
		return review(id, itemId, form, errors, model, redirect, response, true);
	}

	/** Removes a 佐证材料 file of an item (its department's filler, until confirmed). */
	@PostMapping("/evaluations/{id}/rectification/{itemId}/evidence/{fileId}/delete")
	String removeFile(@PathVariable long id, @PathVariable long itemId, @PathVariable long fileId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Viewer viewer = UserAccounts.currentViewer();
		RectificationService.Board board = rectifications.board(id, viewer);
		try {
			EvidenceItem removed = rectifications.removeEvidence(id, itemId, fileId, viewer);
			redirect.addFlashAttribute("notice",
					text("rectification.fileRemoved", position(board, itemId), removed.fileName()));
			return "redirect:/evaluations/{id}/rectification#item-" + position(board, itemId);
		}
		catch (EvidenceRefusedException ex) {
			response.setStatus(EvidenceStatus.of(ex).value());
			String message = fileRefusal(board, itemId, ex);
			model.addAttribute("error", message);
			return show(id, model, itemId, null, Map.of("file", message));
		}
		catch (RectificationRefusedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			String message = text("rectification.evidence.refused", text("rectification.item", position(board, itemId)),
					text("rectification.field.file"), refusal(ex));
			model.addAttribute("error", message);
			return show(id, model, itemId, null, Map.of("file", message));
		}
	}

	/** A 佐证材料 file of an item, for whoever sees the evaluation: always an attachment. */
	@GetMapping("/evaluations/{id}/rectification/{itemId}/evidence/{fileId}")
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long itemId, @PathVariable long fileId) {
		return rectifications.evidenceFile(id, itemId, fileId, UserAccounts.currentViewer()).attachment();
	}

	/** The file as the evidence module takes it; null when the form brought none. */
	private static Upload upload(MultipartFile file) {
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return null;
		}
		return new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	/** 整改事项 1 · 佐证材料文件：文件“x.exe”的内容不是 PDF、图片…，未上传。 */
	private String fileRefusal(RectificationService.Board board, long itemId, EvidenceRefusedException ex) {
		return text("rectification.evidence.refused", text("rectification.item", position(board, itemId)),
				text("rectification.field.file"), rectifications.evidenceReason(ex));
	}

	private static int position(RectificationService.Board board, long itemId) {
		return board.items()
			.stream()
			.filter(line -> line.id() == itemId)
			.map(RectificationLine::position)
			.findFirst()
			.orElse(0);
	}

	private String fileName(RectificationLine saved) {
		List<EvidenceItem> files = rectifications.evidenceFiles(saved.evaluationId(), saved.id(),
				UserAccounts.currentViewer());
		return files.isEmpty() ? "" : files.get(files.size() - 1).fileName();
	}

	/** The status of a refused file: 403 not the filler, 409 not now, 400 the file. */
	private static final class EvidenceStatus {

		static HttpStatus of(EvidenceRefusedException ex) {
			return ex.isForbidden() ? HttpStatus.FORBIDDEN
					: ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		}

	}

	/** 上年整改事项落实情况 for the editor of the year after (an htmx fragment). */
	@GetMapping("/evaluations/{id}/rectification/previous")
	String previous(@PathVariable long id, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		model.addAttribute("evaluationId", id);
		model.addAttribute("previous", rectifications.previousYear(id, viewer));
		model.addAttribute("today", today());
		return "rectification/previous :: previous";
	}

	private String review(long id, long itemId, ReviewForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response, boolean back) {
		Viewer viewer = UserAccounts.currentViewer();
		if (!rectifications.board(id, viewer).reviews()) {
			throw new AccessDeniedException("Only a reviewer confirms a rectification");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", text("rectification.invalid"));
			model.addAttribute("reviewItemId", itemId);
			return show(id, model, null, null, fieldErrors(errors));
		}
		try {
			RectificationLine line = back
					? rectifications.sendBack(id, itemId, viewer, form.getVersion(), form.getReason())
					: rectifications.confirm(id, itemId, viewer, form.getVersion());
			redirect.addFlashAttribute("notice",
					text(back ? "rectification.sentBack" : "rectification.confirmed", line.position()));
			return "redirect:/evaluations/{id}/rectification#item-" + line.position();
		}
		catch (StaleRectificationException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", text("rectification.stale"));
			model.addAttribute("reviewItemId", itemId);
			return show(id, model, null, null, Map.of());
		}
		catch (RectificationRefusedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", refusal(ex));
			return show(id, model, null, null, Map.of());
		}
	}

	/**
	 * The page; {@code failedId} the item whose save failed, shown with {@code form} as
	 * typed and {@code errors} by field.
	 */
	private String show(long id, Model model, Long failedId, ItemForm form, Map<String, String> errors) {
		RectificationService.Board board = rectifications.board(id, UserAccounts.currentViewer());
		Map<Long, ItemForm> forms = new LinkedHashMap<>();
		for (RectificationLine line : board.items()) {
			forms.put(line.id(), failedId != null && failedId == line.id() && form != null ? form : ItemForm.of(line));
		}
		model.addAttribute("board", board);
		model.addAttribute("summary", board.evaluation());
		model.addAttribute("forms", forms);
		model.addAttribute("failedId", failedId);
		model.addAttribute("errors", errors);
		model.addAttribute("today", today());
		model.addAttribute("zone", ZONE);
		model.addAttribute("statuses", io.github.perfeval.rectification.RectificationStatus.values());
		model.addAttribute("limits", new Limits(board.evaluation().year()));
		model.addAttribute("fileLimits", rectifications.evidenceLimits());
		model.addAttribute("accept", rectifications.evidenceAccept());
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", new ReviewForm());
		}
		return PAGE;
	}

	/** The bounds the page states beside its fields. */
	record Limits(int year) {

		public int office() {
			return RectificationLimits.OFFICE_MAX;
		}

		public int problem() {
			return RectificationLimits.PROBLEM_MAX;
		}

		public int note() {
			return RectificationLimits.NOTE_MAX;
		}

		public int reason() {
			return RectificationLimits.REASON_MAX;
		}

		public String earliest() {
			return RectificationLimits.earliestDeadline(year).toString();
		}

		public String latest() {
			return RectificationLimits.latestDeadline(year).toString();
		}

	}

	private void checkDeadline(ItemForm form, int year, BindingResult errors) {
		if (form.getDeadline().isBlank()) {
			return;
		}
		try {
			LocalDate deadline = form.deadlineDate();
			if (deadline.isBefore(RectificationLimits.earliestDeadline(year))
					|| deadline.isAfter(RectificationLimits.latestDeadline(year))) {
				errors.rejectValue(
						"deadline", "rectification.deadline.range", new Object[] {
								RectificationLimits.earliestDeadline(year), RectificationLimits.latestDeadline(year) },
						null);
			}
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("deadline", "rectification.deadline.invalid");
		}
	}

	/** The refusals that concern one field, shown beside it. */
	private static final Map<String, String> REFUSAL_FIELDS = Map.of("doneNeedsEvidence", "evidenceNote",
			"problemRequired", "problem", "deadlineRange", "deadline");

	private Map<String, String> fieldErrors(BindingResult errors) {
		Map<String, String> byField = new LinkedHashMap<>();
		errors.getFieldErrors()
			.forEach(error -> byField.putIfAbsent(error.getField(),
					messages.getMessage(error, LocaleContextHolder.getLocale())));
		return byField;
	}

	private String refusal(RectificationRefusedException ex) {
		return text("rectification.refused." + ex.code(), ex.args());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}

package io.github.perfeval.framework.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.perfeval.framework.DraftNotFoundException;
import io.github.perfeval.framework.DraftRefusedException;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.framework.FrameworkDocument;
import io.github.perfeval.framework.FrameworkDrafts;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.framework.InvalidFrameworkException;
import io.github.perfeval.framework.StaleDraftException;
import io.github.perfeval.scoring.Violation;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标体系管理 (administrators, {@code /admin/**}): the stored frameworks and their versions, a
 * version's tree, drafts copied from a version, the draft editor and publishing. The
 * editor edits the draft's JSON document by pointer ({@link DraftEditor}), so fields this
 * page does not know stay as they are.
 */
@Controller
class FrameworkAdminController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	/** Changes listed one by one in the record's summary of an edit. */
	private static final int SUMMARY_CHANGES = 12;

	private final FrameworkCatalog catalog;

	private final FrameworkDrafts drafts;

	private final MessageSource messages;

	private final JsonMapper json;

	FrameworkAdminController(FrameworkCatalog catalog, FrameworkDrafts drafts, MessageSource messages,
			JsonMapper json) {
		this.catalog = catalog;
		this.drafts = drafts;
		this.messages = messages;
		this.json = json;
	}

	/** A draft as the list shows it. */
	record DraftLine(long id, String code, String name, String basedOn, String updatedBy, String updatedAt) {
	}

	/** One message of the editor, with the field it is about. */
	record Message(String id, String text) {
	}

	@GetMapping("/admin/frameworks")
	String list(Model model) {
		if (!model.containsAttribute("copyForm")) {
			model.addAttribute("copyForm", new CopyForm());
		}
		model.addAttribute("frameworks", catalog.summaries());
		model.addAttribute("drafts",
				drafts.all()
					.stream()
					.map(draft -> new DraftLine(draft.id(), draft.code(), draft.name(),
							draft.basedOnCode() + " v" + draft.basedOnVersion(), draft.updatedBy(),
							WHEN.format(draft.updatedAt())))
					.toList());
		model.addAttribute("when", WHEN);
		return "framework/list";
	}

	@GetMapping("/admin/frameworks/{code}/versions/{version}")
	String version(@PathVariable String code, @PathVariable int version, Model model) {
		FrameworkDocument document = catalog.document(code, version).orElse(null);
		if (document == null) {
			model.addAttribute("missing", text("framework.versionNotFound", code, version));
			return list(model);
		}
		JsonNode tree = json.valueToTree(document);
		model.addAttribute("document", tree);
		DraftView view = new DraftView(tree, messages, Map.of(), Map.of(), true);
		model.addAttribute("view", view);
		model.addAttribute("total", DraftView.plain(view.total()));
		model.addAttribute("code", code);
		model.addAttribute("version", version);
		return "framework/version";
	}

	@PostMapping("/admin/frameworks/drafts")
	String copy(@Valid @ModelAttribute("copyForm") CopyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Boolean.TRUE.equals(form.getAsFramework()) && !errors.hasErrors()) {
			if (form.getNewCode() == null || form.getNewCode().isEmpty()) {
				errors.rejectValue("newCode", "framework.draft.copy.required");
			}
			if (form.getNewName() == null || form.getNewName().isEmpty()) {
				errors.rejectValue("newName", "framework.draft.copy.required");
			}
		}
		if (!errors.hasErrors() && catalog.find(form.code(), form.version()).isEmpty()) {
			errors.rejectValue("source", "framework.draft.sourceMissing", new Object[] { form.getSource() }, null);
		}
		if (errors.hasErrors()) {
			return list(model);
		}
		FrameworkDrafts.Summary draft;
		try {
			draft = Boolean.TRUE.equals(form.getAsFramework())
					? drafts.copyAsFramework(form.code(), form.version(), form.getNewCode(), form.getNewName())
					: drafts.copyAsVersion(form.code(), form.version());
		}
		catch (DraftRefusedException ex) {
			errors.rejectValue("newCode", ex.messageCode(), new Object[] { ex.argument() }, null);
			return list(model);
		}
		redirect.addFlashAttribute("notice", text("framework.draft.created", draft.code()));
		return "redirect:/admin/frameworks/drafts/" + draft.id();
	}

	@GetMapping("/admin/frameworks/drafts/{id}")
	String draft(@PathVariable long id, Model model, RedirectAttributes redirect) {
		FrameworkDrafts.Draft draft = drafts.find(id).orElse(null);
		if (draft == null) {
			return gone(redirect);
		}
		return page(draft.summary(), draft.document(), List.of(), Map.of(), model);
	}

	@PostMapping("/admin/frameworks/drafts/{id}")
	String edit(@PathVariable long id, @Valid @ModelAttribute("draftForm") DraftForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		FrameworkDrafts.Draft draft = drafts.find(id).orElse(null);
		if (draft == null) {
			return gone(redirect);
		}
		List<Message> problems = new ArrayList<>();
		Map<String, String> typed = new HashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			if (error.getField().startsWith("values[")) {
				String pointer = error.getField().substring("values[".length(), error.getField().length() - 1);
				problems.add(new Message(pointer, messages.getMessage(error, LocaleContextHolder.getLocale())));
				typed.put(pointer, String.valueOf(error.getRejectedValue()));
			}
			else {
				problems.add(new Message("", messages.getMessage(error, LocaleContextHolder.getLocale())));
			}
		}
		if (errors.hasGlobalErrors() || errors.hasFieldErrors("version") || errors.hasFieldErrors("op")
				|| errors.hasFieldErrors("values")) {
			return page(draft.summary(), draft.document(), problems, Map.of(), model);
		}
		if (form.getVersion() != draft.summary().version()) {
			return stale(draft, model);
		}
		DraftEditor editor = new DraftEditor(draft.document().deepCopy());
		errors.getFieldErrors()
			.stream()
			.filter(error -> error.getField().startsWith("values["))
			.forEach(error -> form.getValues()
				.remove(error.getField().substring("values[".length(), error.getField().length() - 1)));
		editor.apply(form.getValues());
		String op = form.getOp() == null || form.getOp().isBlank() ? "save" : form.getOp();
		String verb = op.contains(":") ? op.substring(0, op.indexOf(':')) : op;
		String target = op.contains(":") ? op.substring(op.indexOf(':') + 1) : null;
		DraftEditor.Change done = null;
		if (editor.problems().isEmpty() && !"save".equals(verb) && !"publish".equals(verb)) {
			// Where the operation acts, said before it moves or removes anything.
			String place = target == null ? "" : where(editor.document(), target.replaceFirst("/\\d+$", ""));
			done = editor.operate(verb, target, text("framework.draft.newIndicator"));
			if (done != null && done.after().startsWith("#")) {
				done = new DraftEditor.Change(done.pointer(), done.before(),
						place + " " + text("framework.draft.item", done.after().substring(1)));
			}
			else if (done != null && "addItem".equals(done.before())) {
				done = new DraftEditor.Change(done.pointer(), done.before(), place);
			}
		}
		editor.problems()
			.forEach(problem -> problems.add(new Message(problem.pointer(),
					text("framework.draft.problem." + problem.code(), problem.args().toArray()))));
		typed.putAll(editor.typed());
		if (!problems.isEmpty()) {
			// The list at the top says where each problem is; the field itself, what.
			List<Message> placed = new ArrayList<>();
			for (Message problem : problems) {
				placed.add(new Message(DraftView.id(problem.id()), problem.id().isEmpty() ? problem.text()
						: text("framework.draft.at", where(draft.document(), problem.id()).strip(), problem.text())));
			}
			model.addAttribute("refused", text("framework.draft.refused", problems.size()));
			String page = page(draft.summary(), editor.document(), problems, typed, model);
			model.addAttribute("problems", placed);
			return page;
		}
		FrameworkDrafts.Summary saved = draft.summary();
		if (!editor.changes().isEmpty() || done != null) {
			try {
				saved = drafts.save(id, form.getVersion(), editor.document(), summary(editor, done));
			}
			catch (StaleDraftException ex) {
				return stale(drafts.find(id).orElse(draft), model);
			}
		}
		if ("publish".equals(verb)) {
			return publish(saved, editor.document(), model, redirect);
		}
		redirect.addFlashAttribute("notice", text("framework.draft.saved"));
		String anchor = target != null && !"remove".equals(verb) ? "#" + DraftView.id(target) : "";
		return "redirect:/admin/frameworks/drafts/" + id + anchor;
	}

	@PostMapping("/admin/frameworks/drafts/{id}/delete")
	String delete(@PathVariable long id, @Valid @ModelAttribute("versionForm") DraftVersionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		FrameworkDrafts.Draft draft = drafts.find(id).orElse(null);
		if (draft == null) {
			return gone(redirect);
		}
		if (errors.hasErrors() || form.getVersion() != draft.summary().version()) {
			return stale(draft, model);
		}
		try {
			drafts.delete(id, form.getVersion());
		}
		catch (StaleDraftException ex) {
			return stale(drafts.find(id).orElse(draft), model);
		}
		redirect.addFlashAttribute("notice", text("framework.draft.deleted", draft.summary().code()));
		return "redirect:/admin/frameworks";
	}

	private String publish(FrameworkDrafts.Summary draft, ObjectNode document, Model model,
			RedirectAttributes redirect) {
		List<Message> problems = new ArrayList<>();
		try {
			FrameworkRef published = drafts.publish(draft.id(), draft.version());
			redirect.addFlashAttribute("notice",
					text("framework.draft.published", published.code(), published.version(), published.name()));
			return "redirect:/admin/frameworks";
		}
		catch (InvalidFrameworkException ex) {
			Map<String, String> pointers = pointers(document);
			for (Violation violation : ex.violations()) {
				problems.add(message(violation, pointers, ex.names()));
			}
		}
		catch (StaleDraftException | DraftNotFoundException ex) {
			problems.add(new Message("", text("framework.draft.stale")));
		}
		catch (DataIntegrityViolationException ex) {
			problems.add(new Message("", text("framework.concurrent")));
		}
		FrameworkDrafts.Draft current = drafts.find(draft.id()).orElse(null);
		model.addAttribute("refused", text("framework.draft.notPublished", problems.size()));
		return page(current == null ? draft : current.summary(), current == null ? document : current.document(),
				problems, Map.of(), model);
	}

	private String stale(FrameworkDrafts.Draft draft, Model model) {
		model.addAttribute("refused",
				text("framework.draft.staleBy", draft.summary().updatedBy(), WHEN.format(draft.summary().updatedAt())));
		return page(draft.summary(), draft.document(), List.of(), Map.of(), model);
	}

	private String gone(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", text("framework.draft.gone"));
		return "redirect:/admin/frameworks";
	}

	private String page(FrameworkDrafts.Summary draft, JsonNode document, List<Message> problems,
			Map<String, String> typed, Model model) {
		Map<String, List<String>> byPointer = new LinkedHashMap<>();
		List<Message> listed = new ArrayList<>();
		for (Message problem : problems) {
			byPointer.computeIfAbsent(problem.id(), key -> new ArrayList<>()).add(problem.text());
			listed.add(new Message(DraftView.id(problem.id()), problem.text()));
		}
		DraftView view = new DraftView(document, messages, byPointer, typed, false);
		model.addAttribute("draft", draft);
		model.addAttribute("view", view);
		model.addAttribute("problems", listed);
		model.addAttribute("totalErrors", byPointer.getOrDefault("", List.of()));
		model.addAttribute("total", DraftView.plain(view.total()));
		boolean goals = document.hasNonNull("goals");
		model.addAttribute("goals", goals);
		model.addAttribute("totalMessage", goals ? fixedMessage(view.total()) : totalMessage(view.total()));
		model.addAttribute("updatedAt", WHEN.format(draft.updatedAt()));
		model.addAttribute("versionForm", new DraftVersionForm());
		return "framework/draft";
	}

	/**
	 * A framework whose 年度绩效指标 take the rest ({@code goals}): its fixed leaves and what
	 * is left for the indicators, or null when nothing is left (publishing refuses it).
	 */
	private String fixedMessage(BigDecimal total) {
		BigDecimal rest = BigDecimal.valueOf(100).subtract(total);
		return text(rest.signum() > 0 ? "framework.draft.total.goals" : "framework.draft.total.goalsNoRoom",
				DraftView.plain(total), DraftView.plain(rest.abs()));
	}

	/** 合计 101 分，多 1 分 (or 少), or null at 100. */
	private String totalMessage(BigDecimal total) {
		int sign = total.compareTo(BigDecimal.valueOf(100));
		if (sign == 0) {
			return null;
		}
		return text(sign > 0 ? "framework.draft.total.over" : "framework.draft.total.under", DraftView.plain(total),
				DraftView.plain(total.subtract(BigDecimal.valueOf(100)).abs()));
	}

	/** A publish problem, placed at the field it is about. */
	private Message message(Violation violation, Map<String, String> pointers, Map<String, String> names) {
		if ("weightsTotal".equals(violation.code()) && violation.args().get(0) instanceof BigDecimal total) {
			return new Message("", totalMessage(total));
		}
		String detail = text("framework.violation." + violation.code(), format(violation.args()));
		String pointer;
		String text;
		if (violation.indicator() != null) {
			String node = pointers.getOrDefault(violation.indicator(), "");
			pointer = violation.field() == null || node.isEmpty() ? node : node + "/" + violation.field();
			String field = violation.field() == null ? null
					: messages.getMessage("framework.field.indicator." + violation.field(), null, violation.field(),
							LocaleContextHolder.getLocale());
			String name = names.getOrDefault(violation.indicator(), "");
			text = field == null ? text("format.indicator", violation.indicator(), name, detail)
					: text("format.indicatorField", violation.indicator(), name, field, detail);
		}
		else {
			pointer = violation.field() == null ? "" : "/" + violation.field();
			text = violation.field() == null ? detail
					: text("format.field", messages.getMessage("framework.field.framework." + violation.field(), null,
							violation.field(), LocaleContextHolder.getLocale()), detail);
		}
		return new Message(pointer, text);
	}

	/** Each indicator's pointer by code (the first, where a code is used twice). */
	private static Map<String, String> pointers(JsonNode document) {
		Map<String, String> pointers = new HashMap<>();
		collect(document.path("indicators"), "/indicators", pointers);
		return pointers;
	}

	private static void collect(JsonNode nodes, String pointer, Map<String, String> pointers) {
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			if (node.path("code").isString()) {
				pointers.putIfAbsent(node.path("code").asString(), pointer + "/" + i);
			}
			collect(node.path("children"), pointer + "/" + i + "/children", pointers);
		}
	}

	/**
	 * What an edit changed, for the record: the operation, then the values, old → new.
	 */
	private String summary(DraftEditor editor, DraftEditor.Change done) {
		List<String> lines = new ArrayList<>();
		if (done != null) {
			lines.add(text("framework.draft.summary." + done.before(), done.after()));
		}
		List<DraftEditor.Change> changes = editor.changes();
		for (int i = 0; i < Math.min(SUMMARY_CHANGES, changes.size()); i++) {
			DraftEditor.Change change = changes.get(i);
			lines.add(text("framework.draft.summary.value", where(editor.document(), change.pointer()),
					shorten(change.before()), shorten(change.after())));
		}
		if (changes.size() > SUMMARY_CHANGES) {
			lines.add(text("framework.draft.summary.more", changes.size() - SUMMARY_CHANGES));
		}
		return String.join("\n", lines);
	}

	/**
	 * Where a pointer is, as people say it: the indicator's code (or 指标体系) and the
	 * field's label.
	 */
	private String where(JsonNode document, String pointer) {
		String[] parts = pointer.split("/");
		JsonNode node = document;
		String code = null;
		List<String> path = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].replace("~1", "/").replace("~0", "~");
			boolean index = part.matches("\\d{1,6}");
			node = node.isArray() && index ? node.path(Integer.parseInt(part)) : node.path(part);
			if (node.isObject() && node.path("code").isString() && (node.has("rule") || node.has("children"))) {
				code = node.path("code").asString();
				path.clear();
			}
			else if (index) {
				if (!path.isEmpty()) {
					path.add(text("framework.draft.item", Integer.parseInt(part) + 1));
				}
			}
			else if (!"children".equals(part) && !"indicators".equals(part)) {
				path.add(messages.getMessage(
						(code == null ? "framework.field.framework." : "framework.field.indicator.") + part, null,
						messages.getMessage("framework.param." + part, null, part, LocaleContextHolder.getLocale()),
						LocaleContextHolder.getLocale()));
			}
		}
		return (code == null ? text("framework.draft.summary.framework") : code) + " " + String.join(" ", path);
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private static Object[] format(List<Object> args) {
		Object[] formatted = new Object[args.size()];
		for (int i = 0; i < args.size(); i++) {
			formatted[i] = args.get(i) instanceof BigDecimal number
					? new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number)
					: String.valueOf(args.get(i));
		}
		return formatted;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}

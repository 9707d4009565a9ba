package io.github.perfeval.evidence.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.evidence.EvidenceOwner;
import io.github.perfeval.evidence.EvidenceRefusedException;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evidence.Upload;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 佐证材料 of an evaluation as a page: the files of the evaluation as a whole and of each
 * leaf, each to download; while the evaluation may change, its filler uploads (to the
 * leaf chosen, or the one the editor's link names) and deletes.
 */
@Controller
class EvidencePageController {

	private final EvidenceService evidence;

	private final EvidenceMessages messages;

	EvidencePageController(EvidenceService evidence, EvidenceMessages messages) {
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/evidence")
	String page(@PathVariable long id, @RequestParam(required = false) String leaf, Model model) {
		return show(id, leaf, model);
	}

	@PostMapping("/evaluations/{id}/evidence")
	String upload(@PathVariable long id, @RequestParam(required = false) String leaf,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Viewer viewer = UserAccounts.currentViewer();
		try {
			EvidenceItem added = evidence.add(id, viewer, leaf, upload(file));
			redirect.addFlashAttribute("notice", messages.text("evidence.added", added.fileName()));
			redirect.addAttribute("leaf", added.leafCode());
			return "redirect:/evaluations/{id}/evidence";
		}
		catch (EvidenceRefusedException ex) {
			response.setStatus(EvidenceErrors.status(ex).value());
			model.addAttribute("error", messages.refusal(ex));
			return show(id, leaf, model);
		}
	}

	@PostMapping("/evaluations/{id}/evidence/{evidenceId}/delete")
	String delete(@PathVariable long id, @PathVariable long evidenceId, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Viewer viewer = UserAccounts.currentViewer();
		try {
			EvidenceItem removed = evidence.remove(id, evidenceId, viewer);
			redirect.addFlashAttribute("notice", messages.text("evidence.removed", removed.fileName()));
			return "redirect:/evaluations/{id}/evidence";
		}
		catch (EvidenceRefusedException ex) {
			response.setStatus(EvidenceErrors.status(ex).value());
			model.addAttribute("error", messages.refusal(ex));
			return show(id, null, model);
		}
	}

	/** The file as the service takes it; null when the request brought none. */
	static Upload upload(MultipartFile file) {
		return file == null ? null : new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	private String show(long id, String leaf, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		EvidenceOwner.Scope scope = evidence.scope(id, viewer);
		List<EvidenceItem> items = evidence.catalog(id);
		model.addAttribute("scope", scope);
		model.addAttribute("groups", groups(scope, items));
		model.addAttribute("count", items.size());
		model.addAttribute("selected", leaf != null && scope.hasLeaf(leaf) ? leaf : "");
		model.addAttribute("maxMegabytes", evidence.limits().maxFileSize().toMegabytes());
		model.addAttribute("maxBytes", evidence.limits().maxFileSize().toBytes());
		model.addAttribute("maxFiles", evidence.limits().maxFiles());
		model.addAttribute("accept", evidence.accept());
		return "evidence/evidence";
	}

	/** A heading (整体, or a leaf) and its files, in the framework's order. */
	record Group(String leafCode, String title, List<EvidenceItem> files) {
	}

	private List<Group> groups(EvidenceOwner.Scope scope, List<EvidenceItem> items) {
		Map<String, List<EvidenceItem>> byLeaf = new LinkedHashMap<>();
		items.forEach(item -> byLeaf
			.computeIfAbsent(item.leafCode() == null ? "" : item.leafCode(), code -> new ArrayList<>())
			.add(item));
		List<Group> groups = new ArrayList<>();
		if (byLeaf.containsKey("")) {
			groups.add(new Group(null, messages.text("evidence.whole"), byLeaf.remove("")));
		}
		for (EvidenceOwner.Leaf leaf : scope.leaves()) {
			List<EvidenceItem> files = byLeaf.remove(leaf.code());
			if (files != null) {
				groups.add(new Group(leaf.code(), leaf.code() + " " + leaf.name(), files));
			}
		}
		// Files of a leaf the framework no longer has (a removed 个性指标) stay listed.
		byLeaf.forEach((code, files) -> groups.add(new Group(code, code, files)));
		return groups;
	}

}

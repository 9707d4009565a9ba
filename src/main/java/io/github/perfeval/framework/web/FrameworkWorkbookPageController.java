package io.github.perfeval.framework.web;

import java.util.List;

import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.framework.FrameworkWorkbooks;
import io.github.perfeval.framework.InvalidWorkbookException;
import io.github.perfeval.framework.WorkbookError;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标体系 Excel (administrators): upload a workbook as a new framework or the next version
 * of one, with every problem listed by sheet, row and column; download any stored
 * framework's latest version as a workbook.
 */
@Controller
@RequestMapping("/admin/frameworks/workbook")
class FrameworkWorkbookPageController {

	private final FrameworkWorkbooks workbooks;

	private final FrameworkCatalog catalog;

	FrameworkWorkbookPageController(FrameworkWorkbooks workbooks, FrameworkCatalog catalog) {
		this.workbooks = workbooks;
		this.catalog = catalog;
	}

	@GetMapping
	String page(Model model) {
		return page(model, List.of());
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		try {
			FrameworkRef stored = FrameworkWorkbookController.store(workbooks, file);
			redirect.addFlashAttribute("notice", "framework.workbook.imported");
			redirect.addFlashAttribute("noticeArgs", List.of(stored.code(), stored.name(), stored.version()));
			return "redirect:/admin/frameworks/workbook";
		}
		catch (InvalidWorkbookException ex) {
			model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
			return page(model, ex.errors().stream().map(WorkbookError::message).toList());
		}
		catch (DataIntegrityViolationException ex) {
			model.addAttribute("concurrent", true);
			return page(model, List.of());
		}
	}

	private String page(Model model, List<String> errors) {
		model.addAttribute("frameworks", catalog.summaries());
		model.addAttribute("errors", errors);
		model.addAttribute("maxSize", workbooks.maxSize().toMegabytes());
		return "framework/workbook";
	}

}

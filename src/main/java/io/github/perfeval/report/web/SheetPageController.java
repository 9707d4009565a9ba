package io.github.perfeval.report.web;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.report.ReportService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 评分表 page: the sheet in the official layout, its warnings and the four downloads. */
@Controller
class SheetPageController {

	private final ReportService reports;

	SheetPageController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/evaluations/{id}/sheet")
	String sheet(@PathVariable long id, Model model) {
		model.addAttribute("sheet", reports.sheet(id, UserAccounts.currentViewer()));
		return "report/sheet";
	}

}

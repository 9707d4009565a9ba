package io.github.perfeval.export.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.export.ExportJobs;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.export.ExportKind;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量导出 (审核人, administrators): the form that starts a job, the list of one's jobs with
 * their progress (a fragment the page polls while a job is open), cancel and download.
 */
@Controller
class ExportPageController {

	private final ExportJobs jobs;

	private final DepartmentDirectory departments;

	private final EvaluationService evaluations;

	private final SheetMessages messages;

	ExportPageController(ExportJobs jobs, DepartmentDirectory departments, EvaluationService evaluations,
			SheetMessages messages) {
		this.jobs = jobs;
		this.messages = messages;
		this.departments = departments;
		this.evaluations = evaluations;
	}

	/**
	 * The page; the form shows the choices of the URL (the last job's, after 开始导出), a
	 * value that is not one named on its field.
	 */
	@GetMapping("/exports")
	String page(@ModelAttribute("exportForm") ExportForm form, BindingResult errors, Model model) {
		if (form.getYear() == null && !errors.hasFieldErrors("year")) {
			form.setYear(Year.now().getValue() - 1);
		}
		return page(model);
	}

	private String page(Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		model.addAttribute("kinds", ExportKind.values());
		model.addAttribute("statuses", EvaluationStatus.values());
		model.addAttribute("types", departments.types());
		// One choice per framework code: a job exports every version of it.
		model.addAttribute("frameworks",
				evaluations.frameworkChoices()
					.stream()
					.collect(java.util.stream.Collectors.toMap(FrameworkRef::code, f -> f, (a, b) -> a,
							java.util.LinkedHashMap::new))
					.values());
		jobs(viewer, model);
		return "export/page";
	}

	@GetMapping("/exports/jobs")
	String jobList(Model model) {
		jobs(UserAccounts.currentViewer(), model);
		return "export/page :: jobs";
	}

	@PostMapping("/exports")
	String start(@Valid @ModelAttribute("exportForm") ExportForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = UserAccounts.currentViewer();
		if (!ExportJobs.mayExport(viewer)) {
			throw new org.springframework.security.access.AccessDeniedException("Not an exporter");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		long id = jobs.start(form.toRequest(), viewer);
		redirect.addFlashAttribute("notice", messages.text("export.started", String.valueOf(id)));
		return "redirect:" + form.pageUrl();
	}

	@PostMapping("/exports/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		boolean cancelled = jobs.cancel(id, UserAccounts.currentViewer());
		redirect.addFlashAttribute("notice",
				messages.text(cancelled ? "export.cancelled" : "export.notCancelled", String.valueOf(id)));
		return "redirect:/exports";
	}

	@GetMapping("/exports/{id}/download")
	void download(@PathVariable long id, HttpServletResponse response) throws IOException {
		ExportJobs.Download download = jobs.download(id, UserAccounts.currentViewer());
		response.setContentType(download.contentType());
		response.setContentLengthLong(download.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(download.fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		OutputStream out = response.getOutputStream();
		download.content().writeTo(out);
		out.flush();
	}

	private void jobs(Viewer viewer, Model model) {
		List<JobRow> rows = jobs.jobs(viewer).stream().map(job -> JobRow.of(job, jobs)).toList();
		model.addAttribute("jobs", rows);
		model.addAttribute("polling", rows.stream().anyMatch(row -> row.job().status().isOpen()));
		model.addAttribute("allRequesters", viewer.isAdmin());
	}

}

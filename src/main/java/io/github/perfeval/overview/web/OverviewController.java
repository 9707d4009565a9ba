package io.github.perfeval.overview.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.overview.Overview;
import io.github.perfeval.overview.OverviewPage;
import io.github.perfeval.overview.OverviewRow;
import io.github.perfeval.overview.OverviewSort;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 总览 ({@code GET /overview}): a year's evaluations of the departments the viewer sees,
 * filtered, sorted and paged by GET parameters, so that a URL shows the same to anyone
 * allowed to see it.
 */
@Controller
class OverviewController {

	private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Overview overview;

	private final DepartmentDirectory departments;

	OverviewController(Overview overview, DepartmentDirectory departments) {
		this.overview = overview;
		this.departments = departments;
	}

	/** A row as the page shows it: the stored row and its last change in China's time. */
	record Line(OverviewRow row, String changed) {
	}

	@GetMapping("/overview")
	String overview(@Valid @ModelAttribute("query") OverviewQuery query, BindingResult errors, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		OverviewPage page = overview.page(query.toFilter(errors), viewer);
		model.addAttribute("page", page);
		model.addAttribute("lines",
				page.rows().stream().map(row -> new Line(row, CHANGED.format(row.updatedAt()))).toList());
		model.addAttribute("choices", overview.choices());
		model.addAttribute("types", departments.types());
		model.addAttribute("statuses", EvaluationStatus.values());
		Map<String, String> sortLinks = new LinkedHashMap<>();
		Arrays.stream(OverviewSort.values())
			.forEach(sort -> sortLinks.put(sort.name(), OverviewQuery.sortLink(page.filter(), sort)));
		model.addAttribute("sortLinks", sortLinks);
		int current = page.filter().page();
		model.addAttribute("previousPage", current > 1 ? OverviewQuery.pageLink(page.filter(), current - 1) : null);
		model.addAttribute("nextPage",
				current < page.pages() ? OverviewQuery.pageLink(page.filter(), current + 1) : null);
		model.addAttribute("pageNumbers", pageNumbers(current, page.pages()).stream()
			.map(number -> new PageLink(number, OverviewQuery.pageLink(page.filter(), number), number == current))
			.toList());
		return "overview/overview";
	}

	/** A link to one page. */
	record PageLink(int number, String url, boolean current) {
	}

	/** The first, the last and up to two pages either side of the current one. */
	private static List<Integer> pageNumbers(int current, int pages) {
		return java.util.stream.IntStream.rangeClosed(1, pages)
			.filter(number -> number == 1 || number == pages || Math.abs(number - current) <= 2)
			.boxed()
			.toList();
	}

}

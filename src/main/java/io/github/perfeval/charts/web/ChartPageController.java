package io.github.perfeval.charts.web;

import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.charts.Charts;
import io.github.perfeval.charts.DepartmentTrend;
import io.github.perfeval.charts.FrameworkChoice;
import io.github.perfeval.charts.GradeDistribution;
import io.github.perfeval.charts.GroupComparison;
import io.github.perfeval.charts.LeafLoss;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 统计图表: the year's charts of the departments the viewer sees (评分等级分布, 三级指标平均扣分) and one
 * evaluation's (its department across the years, its 二级指标 against the averages). Each
 * chart's figures are in the page twice: as JSON for the chart and as a table.
 */
@Controller
class ChartPageController {

	private final Charts charts;

	private final ChartSpecs specs;

	private final JsonMapper json;

	ChartPageController(Charts charts, ChartSpecs specs, JsonMapper json) {
		this.charts = charts;
		this.specs = specs;
		this.json = json;
	}

	@GetMapping("/charts")
	String year(@Valid @ModelAttribute("chartQuery") ChartQuery query, BindingResult errors, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		List<Integer> years = charts.years(viewer);
		model.addAttribute("years", years);
		if (errors.hasFieldErrors("year")) {
			query.setYear(null);
		}
		if (errors.hasFieldErrors("framework")) {
			query.setFramework(null);
		}
		if (errors.hasFieldErrors("top") || query.getTop() == null) {
			query.setTop(ChartQuery.DEFAULT_TOP);
		}
		if (query.getYear() == null && !years.isEmpty()) {
			query.setYear(years.get(0));
		}
		if (query.getYear() == null) {
			return "charts/year";
		}
		int year = query.getYear();
		List<FrameworkChoice> frameworks = charts.frameworks(year, viewer);
		model.addAttribute("frameworks", frameworks);
		FrameworkChoice framework = frameworks.stream()
			.filter(choice -> query.getFramework() != null && choice.id() == query.getFramework())
			.findFirst()
			.orElse(frameworks.isEmpty() ? null : frameworks.get(0));
		if (framework == null) {
			return "charts/year";
		}
		query.setFramework(framework.id());
		model.addAttribute("framework", framework);
		GradeDistribution grades = charts.grades(year, framework.id(), viewer);
		List<LeafLoss> losses = charts.losses(year, framework.id(), query.getTop(), viewer);
		model.addAttribute("grades", grades);
		model.addAttribute("losses", losses);
		model.addAttribute("gradesChart", json.writeValueAsString(specs.grades(year, grades, query.isByType())));
		model.addAttribute("lossesChart", json.writeValueAsString(specs.losses(year, losses)));
		return "charts/year";
	}

	@GetMapping("/charts/evaluations/{id}")
	String evaluation(@PathVariable long id, Model model) {
		Viewer viewer = UserAccounts.currentViewer();
		DepartmentTrend trend = charts.trend(id, viewer);
		GroupComparison groups = charts.groups(id, viewer);
		model.addAttribute("trend", trend);
		model.addAttribute("groups", groups);
		model.addAttribute("trendChart", json.writeValueAsString(specs.trend(trend)));
		model.addAttribute("groupsChart", json.writeValueAsString(specs.groups(groups)));
		model.addAttribute("noType", specs.typeName(null));
		return "charts/evaluation";
	}

}

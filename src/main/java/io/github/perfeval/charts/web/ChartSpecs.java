package io.github.perfeval.charts.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.charts.DepartmentTrend;
import io.github.perfeval.charts.GradeDistribution;
import io.github.perfeval.charts.GroupComparison;
import io.github.perfeval.charts.GroupRate;
import io.github.perfeval.charts.LeafLoss;
import io.github.perfeval.charts.YearScore;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The four charts' figures as {@link ChartSpec}s, every text from the messages. */
@Component
class ChartSpecs {

	private final MessageSource messages;

	ChartSpecs(MessageSource messages) {
		this.messages = messages;
	}

	ChartSpec grades(int year, GradeDistribution grades, boolean byType) {
		List<ChartSpec.Series> series = new ArrayList<>();
		if (byType) {
			grades.types()
				.forEach(type -> series
					.add(new ChartSpec.Series(typeName(type.type()), "bar", type.counts(), null, null)));
		}
		else {
			series.add(new ChartSpec.Series(text("charts.grades.count"), "bar", grades.totals(), grades.standings(),
					null));
		}
		return new ChartSpec("grades", text("charts.grades.title", String.valueOf(year)), text("charts.grades.axis"),
				text("charts.grades.count"), grades.grades(), series, false, byType, false,
				text("charts.grades.file", String.valueOf(year)));
	}

	ChartSpec losses(int year, List<LeafLoss> losses) {
		List<String> categories = losses.stream().map(loss -> loss.code() + " " + loss.name()).toList();
		List<BigDecimal> values = losses.stream().map(LeafLoss::averageLost).toList();
		return new ChartSpec("losses", text("charts.losses.title", String.valueOf(year), losses.size()),
				text("charts.losses.axis"), text("charts.losses.value"), categories,
				List.of(new ChartSpec.Series(text("charts.losses.value"), "bar", values, null, null)), true, false,
				false, text("charts.losses.file", String.valueOf(year)));
	}

	ChartSpec trend(DepartmentTrend trend) {
		List<String> years = trend.years().stream().map(year -> String.valueOf(year.year())).toList();
		List<String> labels = trend.years()
			.stream()
			.map(year -> year.total() == null ? "" : year.total().toPlainString() + grade(year))
			.toList();
		List<ChartSpec.Series> series = new ArrayList<>();
		series.add(new ChartSpec.Series(text("charts.trend.own"), "line",
				trend.years().stream().map(YearScore::total).toList(), null, labels));
		if (trend.type() != null) {
			series.add(new ChartSpec.Series(text("charts.trend.typeAverage", trend.type()), "line",
					trend.years().stream().map(YearScore::typeAverage).toList(), null, null));
		}
		series.add(new ChartSpec.Series(text("charts.trend.average"), "line",
				trend.years().stream().map(YearScore::average).toList(), null, null));
		return new ChartSpec("trend", text("charts.trend.title", trend.department()), text("charts.trend.axis"),
				text("charts.trend.value"), years, series, false, false, false,
				text("charts.trend.file", trend.department()));
	}

	ChartSpec groups(GroupComparison comparison) {
		List<String> categories = comparison.groups().stream().map(GroupRate::name).toList();
		List<ChartSpec.Series> series = new ArrayList<>();
		series.add(new ChartSpec.Series(text("charts.groups.own"), "bar",
				comparison.groups().stream().map(GroupRate::rate).toList(), null, null));
		if (comparison.type() != null) {
			series.add(new ChartSpec.Series(text("charts.groups.typeAverage", comparison.type()), "bar",
					comparison.groups().stream().map(GroupRate::typeAverage).toList(), null, null));
		}
		series.add(new ChartSpec.Series(text("charts.groups.average"), "bar",
				comparison.groups().stream().map(GroupRate::average).toList(), null, null));
		String year = String.valueOf(comparison.year());
		return new ChartSpec("groups", text("charts.groups.title", comparison.department(), year),
				text("charts.groups.axis"), text("charts.groups.value"), categories, series, false, false, true,
				text("charts.groups.file", comparison.department(), year));
	}

	private String grade(YearScore year) {
		return year.grade() == null ? "" : " " + year.grade();
	}

	String typeName(String type) {
		return type == null ? text("charts.type.none") : type;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}

package io.github.perfeval.overview;

import io.github.perfeval.evaluation.EvaluationStatus;

/**
 * What the overview shows: the year (null: the latest with evaluations), the filters
 * (each null for any: status, 评分等级 by name, 单位类型, part of the department's name or code,
 * framework version; {@code untyped}: only the departments without a 单位类型, 未设置), the
 * order and the page (from 1).
 */
public record OverviewFilter(Integer year, EvaluationStatus status, String grade, Long typeId, boolean untyped,
		String name, Long frameworkId, OverviewSort sort, boolean descending, int page) {

	/** Rows on a page. */
	public static final int PAGE_SIZE = 50;

	public OverviewFilter {
		sort = sort == null ? OverviewSort.DEPARTMENT : sort;
		page = Math.max(page, 1);
		grade = grade == null || grade.isBlank() ? null : grade.strip();
		name = name == null || name.isBlank() ? null : name.strip();
		typeId = untyped ? null : typeId;
	}

	OverviewFilter inYear(int year) {
		return new OverviewFilter(year, status, grade, typeId, untyped, name, frameworkId, sort, descending, page);
	}

	OverviewFilter onPage(int page) {
		return new OverviewFilter(year, status, grade, typeId, untyped, name, frameworkId, sort, descending, page);
	}

}

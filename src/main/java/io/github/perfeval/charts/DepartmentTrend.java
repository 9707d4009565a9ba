package io.github.perfeval.charts;

import java.util.List;

/** One department across the years ({@code type} its 单位类型, null when it has none). */
public record DepartmentTrend(long departmentId, String department, String type, List<YearScore> years) {

	public DepartmentTrend {
		years = List.copyOf(years);
	}

}

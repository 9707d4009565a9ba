package io.github.perfeval.charts;

import java.util.List;

/** One evaluation's 二级指标 against the averages ({@link GroupRate}). */
public record GroupComparison(long evaluationId, long departmentId, String department, int year, String type,
		String framework, List<GroupRate> groups) {

	public GroupComparison {
		groups = List.copyOf(groups);
	}

}

package io.github.perfeval.overview;

import java.util.List;
import java.util.Map;

/**
 * One page of the overview: the filter as applied (its year and page settled), the years
 * there are, the rows, the 一级指标 columns of the page's frameworks, the count columns with
 * their counts by evaluation, the summary of all pages and how many pages there are.
 */
public record OverviewPage(OverviewFilter filter, List<Integer> years, List<OverviewRow> rows,
		List<OverviewRow.GroupColumn> groups, List<CountColumn> counts, OverviewSummary summary, int pages) {

	public OverviewPage {
		years = List.copyOf(years);
		rows = List.copyOf(rows);
		groups = List.copyOf(groups);
		counts = List.copyOf(counts);
	}

	/** A count column: its heading's key and the count of each evaluation on the page. */
	public record CountColumn(String headingKey, Map<Long, Integer> byEvaluation) {

		public CountColumn {
			byEvaluation = Map.copyOf(byEvaluation);
		}

		public int of(long evaluationId) {
			return byEvaluation.getOrDefault(evaluationId, 0);
		}

	}

}

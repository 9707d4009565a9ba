package io.github.perfeval.charts.web;

import java.util.List;

/**
 * One chart as {@code static/js/charts.js} draws it, embedded in the page as JSON: its
 * texts (already in Chinese), the categories and the series. {@code horizontal}: the
 * categories on the vertical axis; {@code stacked}: the bar series stacked;
 * {@code percent}: the values are per cent (0 to 100); {@code file}: the download's name
 * without its extension.
 */
record ChartSpec(String kind, String title, String categoryName, String valueName, List<String> categories,
		List<Series> series, boolean horizontal, boolean stacked, boolean percent, String file) {

	/**
	 * A series: {@code type} bar or line; {@code values} null where there is none;
	 * {@code standings} where each value's grade stands (its colour), or null;
	 * {@code labels} the text beside each value, or null.
	 */
	record Series(String name, String type, List<? extends Number> values, List<String> standings,
			List<String> labels) {
	}

}

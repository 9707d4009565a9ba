package io.github.perfeval.charts.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What the year's charts are asked for: the year (2000 to 2100; none: the latest), the
 * framework (none: the one most of the year's evaluations are on), how many 三级指标 the 平均扣分
 * chart shows ({@value #MIN_TOP} to {@value #MAX_TOP}) and whether the 评分等级分布 is split by
 * 单位类型. A value out of bounds or not a number is refused with its message and the default
 * used.
 */
class ChartQuery {

	static final int MIN_TOP = 5;

	static final int MAX_TOP = 50;

	static final int DEFAULT_TOP = 20;

	@Min(value = 2000, message = "{charts.query.year}")
	@Max(value = 2100, message = "{charts.query.year}")
	private Integer year;

	@Min(value = 1, message = "{charts.query.framework}")
	private Long framework;

	@Min(value = MIN_TOP, message = "{charts.query.top}")
	@Max(value = MAX_TOP, message = "{charts.query.top}")
	private Integer top;

	private boolean byType;

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Long getFramework() {
		return framework;
	}

	public void setFramework(Long framework) {
		this.framework = framework;
	}

	public Integer getTop() {
		return top;
	}

	public void setTop(Integer top) {
		this.top = top;
	}

	public boolean isByType() {
		return byType;
	}

	public void setByType(boolean byType) {
		this.byType = byType;
	}

}

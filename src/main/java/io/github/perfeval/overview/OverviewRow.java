package io.github.perfeval.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.github.perfeval.evaluation.EvaluationStatus;

/**
 * One evaluation of the overview, as stored: its department (with its 单位类型, null when not
 * set), framework version, status, 综合评分, 评分等级 (null while pending) and where it stands on
 * its framework's scale ({@code top}, {@code upper}, {@code lower}, {@code bottom},
 * {@code none}), points lost, leaves still missing inputs, last change, and the score of
 * each 一级指标 by its column.
 */
public record OverviewRow(long evaluationId, long departmentId, String departmentCode, String departmentName,
		String typeName, String frameworkCode, int frameworkVersion, String frameworkName, EvaluationStatus status,
		BigDecimal total, String grade, String gradeStanding, BigDecimal pointsLost, Integer missingLeaves,
		Instant updatedAt, Map<GroupColumn, BigDecimal> groups) {

	public OverviewRow {
		groups = Map.copyOf(groups);
	}

	OverviewRow withGroups(Map<GroupColumn, BigDecimal> groups) {
		return new OverviewRow(evaluationId, departmentId, departmentCode, departmentName, typeName, frameworkCode,
				frameworkVersion, frameworkName, status, total, grade, gradeStanding, pointsLost, missingLeaves,
				updatedAt, groups);
	}

	/** The score of this 一级指标, null when the row has none. */
	public BigDecimal group(GroupColumn column) {
		return groups.get(column);
	}

	/** A 一级指标 column: its code and name (frameworks may share a code, not a name). */
	public record GroupColumn(String code, String name) {
	}

}

package io.github.perfeval.evaluation;

/** An evaluation as lists show it. */
public record EvaluationSummary(long id, long departmentId, String departmentCode, String departmentName, int year,
		EvaluationStatus status, long version, String unit) {
}

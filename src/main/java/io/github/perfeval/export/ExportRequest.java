package io.github.perfeval.export;

import io.github.perfeval.evaluation.EvaluationStatus;

/**
 * What to export: the kind, the year and, optionally, only evaluations in one status, of
 * one 单位类型, on one framework (its code). Stored with the job as JSON.
 */
public record ExportRequest(ExportKind kind, int year, EvaluationStatus status, Long typeId, String frameworkCode) {

	public ExportRequest {
		if (kind == null) {
			throw new IllegalArgumentException("kind");
		}
		frameworkCode = frameworkCode == null || frameworkCode.isBlank() ? null : frameworkCode.strip();
	}

}

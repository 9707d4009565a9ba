package io.github.perfeval.export;

import io.github.perfeval.evaluation.EvaluationStatus;

/**
 * What to export: the kind, the year and, optionally, only evaluations in one status, of
 * one 单位类型 or of the departments without one ({@code untyped}, 未设置), on one framework
 * (its code). Stored with the job as JSON.
 */
public record ExportRequest(ExportKind kind, int year, EvaluationStatus status, Long typeId, boolean untyped,
		String frameworkCode) {

	public ExportRequest {
		if (kind == null) {
			throw new IllegalArgumentException("kind");
		}
		typeId = untyped ? null : typeId;
		frameworkCode = frameworkCode == null || frameworkCode.isBlank() ? null : frameworkCode.strip();
	}

	/** Of one 单位类型 or of any ({@code typeId} null). */
	public ExportRequest(ExportKind kind, int year, EvaluationStatus status, Long typeId, String frameworkCode) {
		this(kind, year, status, typeId, false, frameworkCode);
	}

}

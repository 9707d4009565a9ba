package io.github.perfeval.export.web;

import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.export.ExportKind;
import io.github.perfeval.export.ExportRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * 批量导出 as chosen: what (Excel, 评分表 PDFs, with 自评报告), the year (2000 to 2100) and,
 * optionally, a status, a 单位类型 and a framework.
 */
class ExportForm {

	/** The {@code typeId} of the departments without a 单位类型. */
	static final String UNTYPED = "none";

	@NotNull(message = "{export.kind.required}")
	private ExportKind kind = ExportKind.RESULTS_XLSX;

	@NotNull(message = "{export.year.required}")
	@Min(value = 2000, message = "{violation.yearRange}")
	@Max(value = 2100, message = "{violation.yearRange}")
	private Integer year;

	private EvaluationStatus status;

	/** A 单位类型's id, or {@value #UNTYPED} for the departments without one (未设置). */
	@Pattern(regexp = UNTYPED + "|\\d{1,18}", message = "{export.type.invalid}")
	private String typeId;

	@Size(max = 64, message = "{export.framework.tooLong}")
	private String framework;

	ExportRequest toRequest() {
		boolean untyped = UNTYPED.equals(typeId);
		Long type = typeId == null || typeId.isBlank() || untyped ? null : Long.valueOf(typeId);
		return new ExportRequest(kind, year, status, type, untyped, framework);
	}

	/** The page with these choices in its form (what {@code GET /exports} binds). */
	String pageUrl() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/exports")
			.queryParam("kind", kind)
			.queryParam("year", year);
		if (status != null) {
			uri.queryParam("status", status);
		}
		if (typeId != null && !typeId.isBlank()) {
			uri.queryParam("typeId", typeId);
		}
		if (framework != null && !framework.isBlank()) {
			uri.queryParam("framework", framework);
		}
		return uri.encode().build().toUriString();
	}

	public ExportKind getKind() {
		return kind;
	}

	public void setKind(ExportKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public EvaluationStatus getStatus() {
		return status;
	}

	public void setStatus(EvaluationStatus status) {
		this.status = status;
	}

	public String getTypeId() {
		return typeId;
	}

	public void setTypeId(String typeId) {
		this.typeId = typeId;
	}

	public String getFramework() {
		return framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

}

package io.github.perfeval.export.web;

import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.export.ExportKind;
import io.github.perfeval.export.ExportRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * 批量导出 as chosen: what (Excel, 评分表 PDFs, with 自评报告), the year (2000 to 2100) and,
 * optionally, a status, a 单位类型 and a framework.
 */
class ExportForm {

	@NotNull(message = "{export.kind.required}")
	private ExportKind kind = ExportKind.RESULTS_XLSX;

	@NotNull(message = "{export.year.required}")
	@Min(value = 2000, message = "{violation.yearRange}")
	@Max(value = 2100, message = "{violation.yearRange}")
	private Integer year;

	private EvaluationStatus status;

	private Long typeId;

	@Size(max = 64, message = "{export.framework.tooLong}")
	private String framework;

	ExportRequest toRequest() {
		return new ExportRequest(kind, year, status, typeId, framework);
	}

	/** The page with these choices in its form (what {@code GET /exports} binds). */
	String pageUrl() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/exports")
			.queryParam("kind", kind)
			.queryParam("year", year);
		if (status != null) {
			uri.queryParam("status", status);
		}
		if (typeId != null) {
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

	public Long getTypeId() {
		return typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

	public String getFramework() {
		return framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

}

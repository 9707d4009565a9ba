package io.github.perfeval.evaluation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * 新建年度自评 as typed: the department, the year (a whole year from 2000 to 2100), and the
 * confirmation a year after the current one needs.
 */
class NewEvaluationForm {

	@NotNull(message = "{home.departmentId.required}")
	private Long departmentId;

	@NotNull(message = "{home.year.required}")
	@Min(value = 2000, message = "{violation.yearRange}")
	@Max(value = 2100, message = "{violation.yearRange}")
	private Integer year;

	private boolean confirmFutureYear;

	/** The framework's code; none: the default one. */
	@jakarta.validation.constraints.Size(max = 64, message = "{home.framework.unknown}")
	private String framework;

	public String getFramework() {
		return framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public boolean isConfirmFutureYear() {
		return confirmFutureYear;
	}

	public void setConfirmFutureYear(boolean confirmFutureYear) {
		this.confirmFutureYear = confirmFutureYear;
	}

}

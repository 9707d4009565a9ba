package io.github.perfeval.evaluation.web;

import io.github.perfeval.evaluation.EvaluationService;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * 新建年度自评 as typed: the department, the year (a whole year from 2000 to 2100), the
 * confirmation a year after the current one needs, and whether it starts from the
 * department's latest earlier year (with its 个性指标 or not).
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

	/** 以本部门上一年度的自评为基础: start from the latest earlier year's evaluation. */
	private boolean startFromEarlierYear;

	/** With it, its 个性指标 and weights. */
	private boolean copyCustomIndicators;

	public boolean isStartFromEarlierYear() {
		return startFromEarlierYear;
	}

	public void setStartFromEarlierYear(boolean startFromEarlierYear) {
		this.startFromEarlierYear = startFromEarlierYear;
	}

	public boolean isCopyCustomIndicators() {
		return copyCustomIndicators;
	}

	public void setCopyCustomIndicators(boolean copyCustomIndicators) {
		this.copyCustomIndicators = copyCustomIndicators;
	}

	/** 个性指标 come only with the rest of an earlier year. */
	@AssertTrue(message = "{home.copyCustomIndicators.needsEarlierYear}")
	public boolean isCustomIndicatorsWithEarlierYear() {
		return !copyCustomIndicators || startFromEarlierYear;
	}

	EvaluationService.Start start() {
		return new EvaluationService.Start(startFromEarlierYear, copyCustomIndicators);
	}

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

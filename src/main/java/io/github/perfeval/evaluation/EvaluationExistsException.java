package io.github.perfeval.evaluation;

/** A department has one evaluation per year. */
public class EvaluationExistsException extends RuntimeException {

	private final String departmentName;

	private final int year;

	EvaluationExistsException(String departmentName, int year) {
		super(departmentName + " already has an evaluation for " + year);
		this.departmentName = departmentName;
		this.year = year;
	}

	public String departmentName() {
		return departmentName;
	}

	public int year() {
		return year;
	}

}

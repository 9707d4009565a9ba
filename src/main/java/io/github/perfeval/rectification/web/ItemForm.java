package io.github.perfeval.rectification.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.github.perfeval.rectification.ItemChange;
import io.github.perfeval.rectification.RectificationLimits;
import io.github.perfeval.rectification.RectificationLine;
import io.github.perfeval.rectification.RectificationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A 整改事项 as the filler types it: 存在问题, 改进措施, 责任科室, 整改期限 (as typed, yyyy-MM-dd, so that a
 * wrong date stays on the page), status, 进展情况, 整改佐证, and the version the page was opened
 * at.
 */
class ItemForm {

	@NotNull(message = "{rectification.version.required}")
	private Long version;

	@NotBlank(message = "{rectification.problem.required}")
	@Size(max = RectificationLimits.PROBLEM_MAX, message = "{rectification.problem.size}")
	private String problem = "";

	@Size(max = RectificationLimits.MEASURE_MAX, message = "{rectification.measure.size}")
	private String measure = "";

	@Size(max = RectificationLimits.OFFICE_MAX, message = "{rectification.office.size}")
	private String office = "";

	private String deadline = "";

	@NotNull(message = "{rectification.status.required}")
	private RectificationStatus status;

	@Size(max = RectificationLimits.NOTE_MAX, message = "{rectification.progressNote.size}")
	private String progressNote = "";

	@Size(max = RectificationLimits.NOTE_MAX, message = "{rectification.evidenceNote.size}")
	private String evidenceNote = "";

	static ItemForm of(RectificationLine line) {
		ItemForm form = new ItemForm();
		form.version = line.version();
		form.problem = line.problem();
		form.measure = nonNull(line.measure());
		form.office = nonNull(line.office());
		form.deadline = line.deadline() == null ? "" : line.deadline().toString();
		form.status = line.status();
		form.progressNote = nonNull(line.progressNote());
		form.evidenceNote = nonNull(line.evidenceNote());
		return form;
	}

	/** The 整改期限 typed, null when empty; {@link DateTimeParseException} if not a date. */
	LocalDate deadlineDate() {
		return deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
	}

	ItemChange toParameters() {
		return new ItemChange(problem, measure, office, deadlineDate(), status, progressNote, evidenceNote);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getProblem() {
		return problem;
	}

	public void setProblem(String problem) {
		this.problem = nonNull(problem);
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(String measure) {
		this.measure = nonNull(measure);
	}

	public String getOffice() {
		return office;
	}

	public void setOffice(String office) {
		this.office = nonNull(office);
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = nonNull(deadline);
	}

	public RectificationStatus getStatus() {
		return status;
	}

	public void setStatus(RectificationStatus status) {
		this.status = status;
	}

	public String getProgressNote() {
		return progressNote;
	}

	public void setProgressNote(String progressNote) {
		this.progressNote = nonNull(progressNote);
	}

	public String getEvidenceNote() {
		return evidenceNote;
	}

	public void setEvidenceNote(String evidenceNote) {
		this.evidenceNote = nonNull(evidenceNote);
	}

}

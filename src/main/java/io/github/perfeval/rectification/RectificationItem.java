package io.github.perfeval.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 整改事项: one 存在问题 of an evaluation with its 改进措施, the 责任科室 and 整改期限, its status (未开始 → 整改中
 * → 已完成) with a progress note, its 整改佐证 (a note and 佐证材料 files) and a reviewer's
 * confirmation that closes it. Its filler edits it, uploads and removes its files and
 * moves its status while it is open; a 已完成 item needs at least one file or the note (and
 * keeps it: its last file goes only when the note is there), and may go back to 整改中 (by
 * its filler, or a reviewer with a reason) until a reviewer confirms it; a confirmed item
 * and its files change no more. Each act registers a {@link RectificationEvent}.
 */
@Entity
@Table(name = "rectification_item")
public class RectificationItem extends AbstractAggregateRoot<RectificationItem> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long evaluationId;

	private long departmentId;

	private int year;

	private int position;

	private String problem;

	private String measure;

	private String office;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private RectificationStatus status = RectificationStatus.NOT_STARTED;

	private String progressNote;

	private String evidenceNote;

	private String returnReason;

	private String confirmedBy;

	private Instant confirmedAt;

	private String createdBy;

	private Instant createdAt = Instant.now();

	private String updatedBy;

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected RectificationItem() {
	}

	private RectificationItem(long evaluationId, long departmentId, int year, int position, String problem,
			String measure, String actor) {
		this.evaluationId = evaluationId;
		this.departmentId = departmentId;
		this.year = year;
		this.position = position;
		this.problem = problem;
		this.measure = measure == null ? "" : measure;
		this.createdBy = actor;
		this.updatedBy = actor;
	}

	/**
	 * 生成整改事项: one item per pair, numbered from 1, the generation registered once.
	 */
	static List<RectificationItem> generate(long evaluationId, long departmentId, int year,
			List<ProblemPairing.Pair> pairs, String actor) {
		if (pairs.isEmpty()) {
			throw new RectificationRefusedException("noProblems");
		}
		if (pairs.size() > RectificationLimits.ITEMS_MAX) {
			throw new RectificationRefusedException("tooMany", pairs.size(), RectificationLimits.ITEMS_MAX);
		}
		List<RectificationItem> items = new ArrayList<>();
		for (ProblemPairing.Pair pair : pairs) {
			items.add(new RectificationItem(evaluationId, departmentId, year, items.size() + 1, pair.problem(),
					pair.measure(), actor));
		}
		items.get(0).registerEvent(new RectificationEvent.Generated(evaluationId, actor, items.size()));
		return items;
	}

	/**
	 * The filler's save: texts, 责任科室, 期限 and notes as given (blank = none), refused once
	 * confirmed.
	 */
	void edit(String actor, String problem, String measure, String office, LocalDate deadline, String progressNote,
			String evidenceNote) {
		requireOpen();
		if (blank(problem)) {
			throw new RectificationRefusedException("problemRequired");
		}
		List<RectificationEvent.Change> changes = new ArrayList<>();
		this.problem = changed(changes, "problem", this.problem, problem.strip());
		this.measure = changed(changes, "measure", this.measure, Objects.requireNonNullElse(text(measure), ""));
		this.office = changed(changes, "office", this.office, text(office));
		String oldDeadline = this.deadline == null ? null : this.deadline.toString();
		String newDeadline = deadline == null ? null : deadline.toString();
		changed(changes, "deadline", oldDeadline, newDeadline);
		this.deadline = deadline;
		this.progressNote = changed(changes, "progressNote", this.progressNote, text(progressNote));
		this.evidenceNote = changed(changes, "evidenceNote", this.evidenceNote, text(evidenceNote));
		if (!changes.isEmpty()) {
			touch(actor);
			registerEvent(new RectificationEvent.Edited(evaluationId, actor, position, changes));
		}
	}

	/**
	 * The filler moves the item: any status while open, 已完成 only with its 整改佐证 — at least
	 * one of its {@code evidenceFiles} or the evidence note.
	 */
	void moveTo(String actor, RectificationStatus to, long evidenceFiles) {
		requireOpen();
		if (to == status) {
			return;
		}
		if (to == RectificationStatus.DONE && blank(evidenceNote) && evidenceFiles == 0) {
			throw new RectificationRefusedException("doneNeedsEvidence");
		}
		RectificationStatus from = status;
		status = to;
		touch(actor);
		registerEvent(new RectificationEvent.StatusMoved(evaluationId, actor, position, from, to));
	}

	/**
	 * A 佐证材料 file uploaded ({@code added}) or removed ({@code removed}) while the item is
	 * open, {@code filesAfter} left; a 已完成 item keeps at least one file unless its note
	 * proves it.
	 */
	void evidenceChanged(String actor, String removed, String added, long filesAfter) {
		requireOpen();
		if (removed != null && filesAfter == 0 && status == RectificationStatus.DONE && blank(evidenceNote)) {
			throw new RectificationRefusedException("lastEvidenceOfDone", position);
		}
		registerEvent(new RectificationEvent.EvidenceChanged(evaluationId, actor, position, removed, added));
	}

	/** A reviewer confirms a 已完成 item: closed from now on. */
	void confirm(String actor) {
		requireOpen();
		if (status != RectificationStatus.DONE) {
			throw new RectificationRefusedException("confirmNotDone");
		}
		confirmedBy = actor;
		confirmedAt = Instant.now();
		returnReason = null;
		touch(actor);
		registerEvent(new RectificationEvent.Confirmed(evaluationId, actor, position));
	}

	/** A reviewer sends a 已完成 item back to 整改中, with the reason. */
	void sendBack(String actor, String reason) {
		requireOpen();
		if (status != RectificationStatus.DONE) {
			throw new RectificationRefusedException("sendBackNotDone");
		}
		if (blank(reason)) {
			throw new RectificationRefusedException("reasonRequired");
		}
		status = RectificationStatus.IN_PROGRESS;
		returnReason = reason.strip();
		touch(actor);
		registerEvent(new RectificationEvent.SentBack(evaluationId, actor, position, returnReason));
	}

	/** The events registered and not yet published, for the rules' tests. */
	java.util.Collection<Object> pendingEvents() {
		return domainEvents();
	}

	void forgetPendingEvents() {
		clearDomainEvents();
	}

	/** Open until a reviewer confirms it done. */
	public boolean isOpen() {
		return confirmedAt == null;
	}

	public boolean isConfirmed() {
		return confirmedAt != null;
	}

	private void requireOpen() {
		if (isConfirmed()) {
			throw new RectificationRefusedException("closed", position);
		}
	}

	private void touch(String actor) {
		updatedBy = actor;
		updatedAt = Instant.now();
	}

	private static String changed(List<RectificationEvent.Change> changes, String field, String old, String now) {
		if (!Objects.equals(old, now)) {
			changes.add(new RectificationEvent.Change(field, old, now));
		}
		return now;
	}

	private static String text(String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public Long getId() {
		return id;
	}

	public long getEvaluationId() {
		return evaluationId;
	}

	public long getDepartmentId() {
		return departmentId;
	}

	public int getYear() {
		return year;
	}

	public int getPosition() {
		return position;
	}

	public String getProblem() {
		return problem;
	}

	public String getMeasure() {
		return measure;
	}

	public String getOffice() {
		return office;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public RectificationStatus getStatus() {
		return status;
	}

	public String getProgressNote() {
		return progressNote;
	}

	public String getEvidenceNote() {
		return evidenceNote;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}

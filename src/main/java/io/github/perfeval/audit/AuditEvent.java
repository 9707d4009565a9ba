package io.github.perfeval.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of the record: who did what to an evaluation and when; for a change of a
 * value, the leaf and field with the old and the new value. Written once, never changed
 * (the database refuses updates and deletes).
 */
@Entity
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long evaluationId;

	private String actor;

	private String action;

	private String detail;

	private String leafCode;

	private String field;

	private String oldValue;

	private String newValue;

	private Instant createdAt = Instant.now();

	protected AuditEvent() {
	}

	AuditEvent(Long evaluationId, String actor, String action, String detail, String leafCode, String field,
			String oldValue, String newValue) {
		this.evaluationId = evaluationId;
		this.actor = actor;
		this.action = action;
		this.detail = detail;
		this.leafCode = leafCode;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

	AuditEntry entry() {
		return new AuditEntry(actor, action, detail, createdAt, leafCode, field, oldValue, newValue);
	}

}

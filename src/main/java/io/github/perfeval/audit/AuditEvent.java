package io.github.perfeval.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long evaluationId;

	private String actor;

	private String action;

	private String detail;

	private Instant createdAt = Instant.now();

	protected AuditEvent() {
	}

	AuditEvent(Long evaluationId, String actor, String action, String detail) {
		this.evaluationId = evaluationId;
		this.actor = actor;
		this.action = action;
		this.detail = detail;
	}

	AuditEntry entry() {
		return new AuditEntry(actor, action, detail, createdAt);
	}

}

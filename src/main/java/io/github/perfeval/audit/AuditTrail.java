package io.github.perfeval.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an evaluation's record; it is written only by {@link AuditRecorder}. */
@Service
public class AuditTrail {

	private final AuditEventRepository events;

	AuditTrail(AuditEventRepository events) {
		this.events = events;
	}

	/** Every recorded act, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> of(long evaluationId) {
		return events.findByEvaluationIdOrderByCreatedAtAscIdAsc(evaluationId).stream().map(AuditEvent::entry).toList();
	}

}

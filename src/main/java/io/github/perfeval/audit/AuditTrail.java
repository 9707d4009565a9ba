package io.github.perfeval.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records changes to evaluations, in the transaction that makes them. */
@Service
public class AuditTrail {

	private final AuditEventRepository events;

	AuditTrail(AuditEventRepository events) {
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long evaluationId, String actor, String action, String detail) {
		events.save(new AuditEvent(evaluationId, actor, action, detail));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(long evaluationId) {
		return events.findByEvaluationIdOrderByCreatedAtAscIdAsc(evaluationId).stream().map(AuditEvent::entry).toList();
	}

}

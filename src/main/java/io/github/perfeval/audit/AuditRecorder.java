package io.github.perfeval.audit;

import java.util.Set;

import io.github.perfeval.evaluation.EvaluationEvent;
import io.github.perfeval.rectification.RectificationEvent;
import io.github.perfeval.rectification.RectificationStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every event an evaluation (and its 整改事项) records into the audit trail, in the
 * transaction of the change: the change and its record commit together or not at all.
 */
@Component
class AuditRecorder {

	static final Set<String> TRANSITIONS = Set.of("submit", "return", "approveLevel", "approve", "reopen");

	private final AuditEventRepository events;

	AuditRecorder(AuditEventRepository events) {
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(EvaluationEvent event) {
		if (event instanceof EvaluationEvent.Created created && created.fromYear() != null) {
			record(event, "CREATED_FROM", String.valueOf(created.fromYear()), null,
					created.customIndicatorsCopied() ? "customIndicators" : null, null, null);
		}
		else if (event instanceof EvaluationEvent.Created created) {
			record(event, created.imported() ? "IMPORTED" : "CREATED", String.valueOf(created.year()), null, null, null,
					null);
		}
		else if (event instanceof EvaluationEvent.ContentChanged content) {
			content.changes()
				.forEach(change -> record(event, "CHANGED", content.source(), change.leafCode(), change.field(),
						change.oldValue(), change.newValue()));
		}
		else if (event instanceof EvaluationEvent.StatusChanged status) {
			record(event, status.transition(), status.reason(), null,
					status.level() == null ? "status" : "status.level" + status.level(), status.from().name(),
					status.to().name());
		}
		else if (event instanceof EvaluationEvent.Commented comment) {
			record(event, "COMMENT", comment.text(), comment.leafCode(), null, null, null);
		}
		else if (event instanceof EvaluationEvent.Answered answer) {
			record(event, "ANSWER", answer.text(), answer.leafCode(), null, null, null);
		}
		else if (event instanceof EvaluationEvent.EvidenceChanged evidence) {
			record(event, evidence.added() == null ? "EVIDENCE_REMOVED" : "EVIDENCE_ADDED", null, evidence.leafCode(),
					"evidence", evidence.removed(), evidence.added());
		}
		else if (event instanceof EvaluationEvent.IndicatorCustomized custom) {
			record(event, "CUSTOM_" + custom.change().name(), custom.name(), custom.leafCode(), custom.field(),
					custom.oldValue(), custom.newValue());
		}
		else if (event instanceof EvaluationEvent.OverrideChanged override) {
			record(event, "OVERRIDE", override.reason(), override.leafCode(), "override", override.oldScore(),
					override.newScore());
		}
	}

	/**
	 * 整改事项 on the evaluation's record: the field names the item,
	 * {@code rectification[3].office}, {@code rectification[3].status} for a move, or
	 * {@code rectification[3].evidence} for a file uploaded or removed (its name and
	 * size).
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RectificationEvent event) {
		if (event instanceof RectificationEvent.Generated generated) {
			record(event, "RECTIFY_GENERATED", String.valueOf(generated.count()), null, null, null);
		}
		else if (event instanceof RectificationEvent.Edited edited) {
			edited.changes()
				.forEach(change -> record(event, "RECTIFY_CHANGED", null,
						"rectification[" + edited.position() + "]." + change.field(), change.oldValue(),
						change.newValue()));
		}
		else if (event instanceof RectificationEvent.StatusMoved moved) {
			record(event, "RECTIFY_STATUS", null, "rectification[" + moved.position() + "].status", moved.from().name(),
					moved.to().name());
		}
		else if (event instanceof RectificationEvent.Confirmed confirmed) {
			record(event, "RECTIFY_CONFIRMED", null, "rectification[" + confirmed.position() + "].status",
					RectificationStatus.DONE.name(), "CONFIRMED");
		}
		else if (event instanceof RectificationEvent.SentBack back) {
			record(event, "RECTIFY_SENT_BACK", back.reason(), "rectification[" + back.position() + "].status",
					RectificationStatus.DONE.name(), RectificationStatus.IN_PROGRESS.name());
		}
		else if (event instanceof RectificationEvent.EvidenceChanged evidence) {
			record(event, evidence.added() == null ? "RECTIFY_EVIDENCE_REMOVED" : "RECTIFY_EVIDENCE_ADDED", null,
					"rectification[" + evidence.position() + "].evidence", evidence.removed(), evidence.added());
		}
	}

	private void record(RectificationEvent event, String action, String detail, String field, String oldValue,
			String newValue) {
		events
			.save(new AuditEvent(event.evaluationId(), event.actor(), action, detail, null, field, oldValue, newValue));
	}

	private void record(EvaluationEvent event, String action, String detail, String leafCode, String field,
			String oldValue, String newValue) {
		events.save(new AuditEvent(event.evaluationId(), event.actor(), action, detail, leafCode, field, oldValue,
				newValue));
	}

}

package io.github.perfeval.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	List<AuditEvent> findByEvaluationIdOrderByCreatedAtAscIdAsc(Long evaluationId);

}

package io.github.perfeval.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByEvaluationIdOrderByLeafCodeAscUploadedAtAscIdAsc(long evaluationId);

	Optional<Evidence> findByIdAndEvaluationId(long id, long evaluationId);

	long countByEvaluationId(long evaluationId);

}

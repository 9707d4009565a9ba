package io.github.perfeval.rectification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationItemRepository extends JpaRepository<RectificationItem, Long> {

	List<RectificationItem> findByEvaluationIdOrderByPosition(long evaluationId);

	List<RectificationItem> findByDepartmentIdAndYearOrderByPosition(long departmentId, int year);

	Optional<RectificationItem> findByIdAndEvaluationId(long id, long evaluationId);

	boolean existsByEvaluationId(long evaluationId);

}

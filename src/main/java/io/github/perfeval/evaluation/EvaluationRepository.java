package io.github.perfeval.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	boolean existsByDepartmentIdAndYear(long departmentId, int year);

	List<Evaluation> findByDepartmentIdOrderByYearDesc(long departmentId);

}

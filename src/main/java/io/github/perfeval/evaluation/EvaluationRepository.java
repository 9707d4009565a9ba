package io.github.perfeval.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	boolean existsByDepartmentIdAndYear(long departmentId, int year);

	List<Evaluation> findByDepartmentIdOrderByYearDesc(long departmentId);

	List<Evaluation> findByDepartmentIdIn(java.util.Collection<Long> departmentIds);

	/**
	 * Holds the evaluation's row (FOR SHARE) until the transaction ends: a transition or
	 * a save of it waits until then.
	 */
	@org.springframework.data.jpa.repository.Query(value = "select id from evaluation where id = :id for share",
			nativeQuery = true)
	java.util.Optional<Long> hold(long id);

}

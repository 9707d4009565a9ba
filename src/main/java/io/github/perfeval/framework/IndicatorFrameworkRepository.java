package io.github.perfeval.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorFrameworkRepository extends JpaRepository<IndicatorFramework, Long> {

	@EntityGraph(attributePaths = "indicators")
	Optional<IndicatorFramework> findWithIndicatorsById(Long id);

	Optional<IndicatorFramework> findFirstByCodeOrderByVersionDesc(String code);

	boolean existsByCodeAndVersion(String code, int version);

	List<IndicatorFramework> findAllByOrderByCodeAscVersionAsc();

	@EntityGraph(attributePaths = "indicators")
	Optional<IndicatorFramework> findWithIndicatorsByCodeAndVersion(String code, int version);

	Optional<IndicatorFramework> findByCodeAndVersion(String code, int version);

	/**
	 * How many evaluations each stored version is scored on, by framework id; the
	 * evaluation table is read, not the evaluation module.
	 */
	@Query(value = "select framework_id as id, count(*) as evaluations from evaluation group by framework_id",
			nativeQuery = true)
	List<UsageRow> countEvaluations();

	/** A row of {@link #countEvaluations()}. */
	interface UsageRow {

		Long getId();

		Long getEvaluations();

	}

}

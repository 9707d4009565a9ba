package io.github.perfeval.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorFrameworkRepository extends JpaRepository<IndicatorFramework, Long> {

	@EntityGraph(attributePaths = "indicators")
	Optional<IndicatorFramework> findWithIndicatorsById(Long id);

	Optional<IndicatorFramework> findFirstByCodeOrderByVersionDesc(String code);

	boolean existsByCodeAndVersion(String code, int version);

	List<IndicatorFramework> findAllByOrderByCodeAscVersionAsc();

}

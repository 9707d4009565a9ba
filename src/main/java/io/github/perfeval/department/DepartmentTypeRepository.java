package io.github.perfeval.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentTypeRepository extends JpaRepository<DepartmentType, Long> {

	List<DepartmentType> findAllByOrderByPositionAscIdAsc();

	boolean existsByName(String name);

}

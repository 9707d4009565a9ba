package io.github.perfeval.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByCode(String code);

	List<Department> findAllByOrderByCode();

	/**
	 * Inserts a top-level department unless its code exists; one being inserted by a
	 * concurrent transaction is waited for, never a unique violation.
	 */
	@Modifying
	@Query(value = "insert into department (code, name) values (:code, :name) on conflict (code) do nothing",
			nativeQuery = true)
	int insertIfAbsent(String code, String name);

}

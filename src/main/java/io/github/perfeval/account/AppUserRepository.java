package io.github.perfeval.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	/**
	 * Whether the user is enabled, without loading the user and its departments: the
	 * check every signed-in request makes.
	 */
	@Query("select u.enabled from AppUser u where u.username = :username")
	Optional<Boolean> findEnabledByUsername(@Param("username") String username);

	boolean existsByRole(Role role);

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

}

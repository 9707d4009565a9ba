package io.github.perfeval.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByRole(Role role);

	boolean existsByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

}

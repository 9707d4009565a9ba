package io.github.perfeval.account;

import java.util.Set;

/**
 * Who is asking: the signed-in user's name, role and departments. A 填报人 sees only the
 * departments they belong to; reviewers and administrators see all.
 */
public record Viewer(String username, String displayName, Role role, Set<Long> departmentIds) {

	public Viewer {
		departmentIds = Set.copyOf(departmentIds);
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public boolean seesAllDepartments() {
		return role == Role.ADMIN || role == Role.REVIEWER;
	}

	public boolean canSee(long departmentId) {
		return seesAllDepartments() || departmentIds.contains(departmentId);
	}

}

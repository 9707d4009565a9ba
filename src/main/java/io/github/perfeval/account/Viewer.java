package io.github.perfeval.account;

import java.util.Set;

/**
 * Who is asking: the signed-in user's name, role and departments. A 填报人 sees only the
 * departments they belong to, a 审核人 those assigned to them (or all), an administrator
 * all.
 */
public record Viewer(String username, String displayName, Role role, Set<Long> departmentIds, int reviewLevel,
		boolean allDepartments) {

	public Viewer {
		departmentIds = Set.copyOf(departmentIds);
	}

	public Viewer(String username, String displayName, Role role, Set<Long> departmentIds) {
		this(username, displayName, role, departmentIds, 1, false);
	}

	/** A 审核人, who reviews at {@link #reviewLevel()}: 1 主管部门, 2 财政局. */
	public boolean isReviewer() {
		return role == Role.REVIEWER;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public boolean seesAllDepartments() {
		return role == Role.ADMIN || (role == Role.REVIEWER && allDepartments);
	}

	public boolean canSee(long departmentId) {
		return seesAllDepartments() || departmentIds.contains(departmentId);
	}

}

package io.github.perfeval.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking: the signed-in user's name, role and departments. A 填报人 sees only the
 * departments they belong to, a 审核人 those assigned to them (or all), an administrator
 * all.
 */
public record Viewer(String username, String displayName, Role role, Set<Long> departmentIds, int reviewLevel,
		boolean allDepartments, boolean seesSubUnits) implements Serializable {

	public Viewer {
		departmentIds = Set.copyOf(departmentIds);
	}

	public Viewer(String username, String displayName, Role role, Set<Long> departmentIds) {
		this(username, displayName, role, departmentIds, 1, false, false);
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

	/**
	 * Whether the viewer fills in the department's evaluations: its 填报人, or an
	 * administrator (a 下属单位 they only see is not theirs to fill in).
	 */
	public boolean fillsIn(long departmentId) {
		return role == Role.ADMIN || (role == Role.FILLER && departmentIds.contains(departmentId));
	}

	/**
	 * A 填报人 who also sees the evaluations of the 下属单位 of their departments (read only).
	 */
	public boolean seesSubUnitsOfOwn() {
		return role == Role.FILLER && seesSubUnits;
	}

	/**
	 * Whether the department is one of the viewer's own (or all are); a 下属单位 that
	 * {@link #seesSubUnitsOfOwn()} lets them see is for the evaluation module to tell.
	 */
	public boolean canSee(long departmentId) {
		return seesAllDepartments() || departmentIds.contains(departmentId);
	}

}

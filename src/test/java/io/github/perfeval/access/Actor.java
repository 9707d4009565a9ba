package io.github.perfeval.access;

import io.github.perfeval.account.Role;

/**
 * Who sends the request: nobody, a 填报人 or a 审核人 of one department (assigned to that
 * department only), a 审核人 of all departments (审核全部部门), or the administrator.
 */
enum Actor {

	ANONYMOUS(null, null, null),

	LUOHU_FILLER("luohu-filler", Role.FILLER, Department.LUOHU),

	HKU_FILLER("hku-filler", Role.FILLER, Department.HKU),

	LUOHU_REVIEWER("luohu-reviewer", Role.REVIEWER, Department.LUOHU),

	HKU_REVIEWER("hku-reviewer", Role.REVIEWER, Department.HKU),

	/** A reviewer of every department (no department of their own). */
	BUREAU_REVIEWER("bureau-reviewer", Role.REVIEWER, null),

	ADMIN("admin", Role.ADMIN, null);

	final String username;

	final Role role;

	/** The department a filler belongs to, or a reviewer is assigned to. */
	final Department department;

	Actor(String username, Role role, Department department) {
		this.username = username;
		this.role = role;
		this.department = department;
	}

	/**
	 * Whether the actor is a user of this role for the department: a filler of it, or a
	 * reviewer assigned to it or to all.
	 */
	boolean is(Role role, Department department) {
		return this.role == role && department != null && (this.department == department || this == BUREAU_REVIEWER);
	}

	@Override
	public String toString() {
		return username == null ? "anonymous" : username;
	}

}

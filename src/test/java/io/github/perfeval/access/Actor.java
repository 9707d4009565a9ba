package io.github.perfeval.access;

import io.github.perfeval.account.Role;

/**
 * Who sends the request: nobody, a 填报人 or a 审核人 of one department (assigned to that
 * department only), or the administrator.
 */
enum Actor {

	ANONYMOUS(null, null, null),

	LUOHU_FILLER("luohu-filler", Role.FILLER, Department.LUOHU),

	HKU_FILLER("hku-filler", Role.FILLER, Department.HKU),

	LUOHU_REVIEWER("luohu-reviewer", Role.REVIEWER, Department.LUOHU),

	HKU_REVIEWER("hku-reviewer", Role.REVIEWER, Department.HKU),

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

	boolean is(Role role, Department department) {
		return this.role == role && this.department == department;
	}

	@Override
	public String toString() {
		return username == null ? "anonymous" : username;
	}

}

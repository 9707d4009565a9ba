package io.github.perfeval.account;

import java.util.Set;

/** A user as the administrator's list shows it; never the password hash. */
public record UserSummary(String username, String displayName, Role role, Set<Long> departmentIds, boolean enabled,
		boolean mustChangePassword, int reviewLevel, boolean allDepartments, boolean seesSubUnits) {

	public UserSummary {
		departmentIds = Set.copyOf(departmentIds);
	}

}

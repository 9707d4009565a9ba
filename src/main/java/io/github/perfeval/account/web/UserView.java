package io.github.perfeval.account.web;

import java.util.List;

import io.github.perfeval.account.Role;

/** A user as the API returns it: never the password, nor its hash. */
record UserView(String username, String displayName, Role role, List<String> departmentCodes, boolean enabled,
		boolean mustChangePassword) {
}

package io.github.perfeval.account.web;

import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.account.AcceptablePassword;
import io.github.perfeval.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 新建用户 as typed; the password is only ever hashed. */
class NewUserForm {

	@NotBlank(message = "{admin.user.username.required}")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,32}", message = "{admin.user.username.pattern}")
	private String username = "";

	@NotBlank(message = "{admin.user.displayName.required}")
	@Size(max = 100, message = "{admin.user.displayName.size}")
	private String displayName = "";

	@NotNull(message = "{admin.user.role.required}")
	private Role role = Role.FILLER;

	private List<Long> departmentIds = new ArrayList<>();

	@AcceptablePassword
	private String password = "";

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public List<Long> getDepartmentIds() {
		return departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
	}

}

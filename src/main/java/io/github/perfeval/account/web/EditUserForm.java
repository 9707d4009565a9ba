package io.github.perfeval.account.web;

import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 编辑用户 as typed: name, role, departments (the user name stays). */
class EditUserForm {

	@NotBlank(message = "{admin.user.displayName.required}")
	@Size(max = 100, message = "{admin.user.displayName.size}")
	private String displayName = "";

	@NotNull(message = "{admin.user.role.required}")
	private Role role = Role.FILLER;

	private List<Long> departmentIds = new ArrayList<>();

	/** For a 审核人: 1 reviews as 主管部门, 2 as 财政局. */
	@jakarta.validation.constraints.Min(value = 1, message = "{admin.user.reviewLevel.range}")
	@jakarta.validation.constraints.Max(value = 2, message = "{admin.user.reviewLevel.range}")
	private int reviewLevel = 1;

	/** For a 审核人: every department, not only those selected. */
	private boolean allDepartments;

	private boolean seesSubUnits;

	static EditUserForm of(UserSummary user) {
		EditUserForm form = new EditUserForm();
		form.displayName = user.displayName();
		form.role = user.role();
		form.departmentIds = new ArrayList<>(user.departmentIds());
		form.reviewLevel = user.reviewLevel();
		form.allDepartments = user.allDepartments();
		form.seesSubUnits = user.seesSubUnits();
		return form;
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

	public boolean isSeesSubUnits() {
		return seesSubUnits;
	}

	public void setSeesSubUnits(boolean seesSubUnits) {
		this.seesSubUnits = seesSubUnits;
	}

	public boolean isAllDepartments() {
		return allDepartments;
	}

	public void setAllDepartments(boolean allDepartments) {
		this.allDepartments = allDepartments;
	}

	public int getReviewLevel() {
		return reviewLevel;
	}

	public void setReviewLevel(int reviewLevel) {
		this.reviewLevel = reviewLevel;
	}

	public List<Long> getDepartmentIds() {
		return departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
	}

}

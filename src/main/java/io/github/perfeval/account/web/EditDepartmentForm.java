package io.github.perfeval.account.web;

import io.github.perfeval.department.DepartmentRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 编辑部门（单位） as typed: name and parent (the code stays). */
class EditDepartmentForm {

	@NotBlank(message = "{admin.department.name.required}")
	@Size(max = 200, message = "{admin.department.name.size}")
	private String name = "";

	private Long parentId;

	static EditDepartmentForm of(DepartmentRef department) {
		EditDepartmentForm form = new EditDepartmentForm();
		form.name = department.name();
		form.parentId = department.parentId();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

}

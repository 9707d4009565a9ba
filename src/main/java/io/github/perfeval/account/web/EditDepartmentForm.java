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

	/** 单位类型; null when none is chosen. */
	private Long typeId;

	/** 1: the 主管部门 approves; 2: then the 财政局. */
	@jakarta.validation.constraints.Min(value = 1, message = "{admin.department.reviewLevels.range}")
	@jakarta.validation.constraints.Max(value = 2, message = "{admin.department.reviewLevels.range}")
	private int reviewLevels = 1;

	static EditDepartmentForm of(DepartmentRef department) {
		EditDepartmentForm form = new EditDepartmentForm();
		form.name = department.name();
		form.parentId = department.parentId();
		form.typeId = department.typeId();
		form.reviewLevels = department.reviewLevels();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public int getReviewLevels() {
		return reviewLevels;
	}

	public void setReviewLevels(int reviewLevels) {
		this.reviewLevels = reviewLevels;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getTypeId() {
		return typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

}

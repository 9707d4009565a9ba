package io.github.perfeval.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 单位类型 as typed, to add one or rename one. */
class DepartmentTypeForm {

	/** As long as {@code department_type.name} holds (V20). */
	static final int MAX_NAME = 50;

	@NotBlank(message = "{admin.type.name.required}")
	@Size(max = MAX_NAME, message = "{admin.type.name.size}")
	private String name = "";

	static DepartmentTypeForm of(String name) {
		DepartmentTypeForm form = new DepartmentTypeForm();
		form.name = name;
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

}

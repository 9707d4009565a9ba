package io.github.perfeval.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 新建部门（单位） as typed; {@code parentId} makes it a 下属单位. */
class NewDepartmentForm {

	@NotBlank(message = "{admin.department.code.required}")
	@Pattern(regexp = "[A-Za-z0-9_-]{2,64}", message = "{admin.department.code.pattern}")
	private String code = "";

	@NotBlank(message = "{admin.department.name.required}")
	@Size(max = 200, message = "{admin.department.name.size}")
	private String name = "";

	private Long parentId;

	/** 单位类型; null when none is chosen. */
	private Long typeId;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code.strip();
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

	public Long getTypeId() {
		return typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

}

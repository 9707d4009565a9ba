package io.github.perfeval.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 新建令牌: a name that says where it is used. */
class NewTokenForm {

	@NotBlank(message = "{account.token.name.required}")
	@Size(max = 100, message = "{account.token.name.size}")
	private String name = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

}

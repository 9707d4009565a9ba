package io.github.perfeval.framework.web;

import jakarta.validation.constraints.NotNull;

/** 删除草稿: the draft's version the page showed. */
class DraftVersionForm {

	@NotNull
	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

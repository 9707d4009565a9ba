package io.github.perfeval.framework.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 复制: the stored version to copy ({@code source}: {@code CODE:version}) and, as a new
 * framework ({@code asFramework}), its code and name; else the copy is the next version.
 */
class CopyForm {

	@NotBlank
	@Size(max = DraftLimits.MAX_FRAMEWORK_CODE + 12)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*:\\d{1,6}")
	private String source;

	@NotNull
	private Boolean asFramework = false;

	@Size(max = DraftLimits.MAX_FRAMEWORK_CODE)
	@Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._-]*)?")
	private String newCode;

	@Size(max = DraftLimits.MAX_NAME)
	private String newName;

	String code() {
		return source.substring(0, source.lastIndexOf(':'));
	}

	int version() {
		return Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Boolean getAsFramework() {
		return asFramework;
	}

	public void setAsFramework(Boolean asFramework) {
		this.asFramework = asFramework;
	}

	public String getNewCode() {
		return newCode;
	}

	public void setNewCode(String newCode) {
		this.newCode = newCode == null ? null : newCode.strip();
	}

	public String getNewName() {
		return newName;
	}

	public void setNewName(String newName) {
		this.newName = newName == null ? null : newName.strip();
	}

}

package io.github.perfeval.account.web;

import jakarta.validation.constraints.NotBlank;

/** 修改密码 as typed: the current password, the new one twice. */
class ChangePasswordForm {

	@NotBlank(message = "{account.password.current.required}")
	private String currentPassword = "";

	private String newPassword = "";

	private String confirmation = "";

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword == null ? "" : currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword == null ? "" : newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation == null ? "" : confirmation;
	}

}

package io.github.perfeval.account.web;

/** 重置密码: the temporary password the administrator hands over. */
class ResetPasswordForm {

	private String password = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
	}

}

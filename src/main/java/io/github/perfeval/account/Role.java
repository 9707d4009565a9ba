package io.github.perfeval.account;

/** 角色. */
public enum Role {

	/** 管理员: departments, users, frameworks. */
	ADMIN,
	/** 审核人: reads every department, comments, adjusts scores, returns or approves. */
	REVIEWER,
	/** 填报人: fills in the evaluations of the departments they belong to. */
	FILLER

}

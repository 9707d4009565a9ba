package io.github.perfeval.access;

import io.github.perfeval.account.Role;

/** Who may pass an endpoint's access check, for a given target. */
enum Access {

	/** Everybody, signed in or not. */
	PUBLIC,

	/** Every signed-in user. */
	ANY_SIGNED_IN,

	/** The department's 填报人, and the administrator. */
	FILLER_OWN,

	/**
	 * Who sees the department's evaluations: its 填报人, the 审核人 assigned to it (or to all),
	 * the administrator.
	 */
	SEES_EVALUATION,

	/** The 审核人 assigned to the department (or to all), and the administrator. */
	REVIEWER,

	/** The administrator only. */
	ADMIN,

	/** Every signed-in user, on their own account object only (their API token). */
	OWN_ACCOUNT,

	/** Who may start batch exports: every 审核人, and the administrator. */
	EXPORTER,

	/** A batch export job: the 审核人 who requested it, and the administrator. */
	OWN_EXPORT;

	boolean allows(Actor actor, Target target) {
		Department department = target.department;
		return switch (this) {
			case PUBLIC -> true;
			case ANY_SIGNED_IN -> actor != Actor.ANONYMOUS;
			case FILLER_OWN -> actor == Actor.ADMIN || actor.is(Role.FILLER, department);
			case SEES_EVALUATION ->
				actor == Actor.ADMIN || actor.is(Role.FILLER, department) || actor.is(Role.REVIEWER, department);
			case REVIEWER -> actor == Actor.ADMIN || actor.is(Role.REVIEWER, department);
			case ADMIN -> actor == Actor.ADMIN;
			case OWN_ACCOUNT -> actor != Actor.ANONYMOUS && target == Target.OWN;
			case EXPORTER -> actor == Actor.ADMIN || actor.role == Role.REVIEWER;
			case OWN_EXPORT -> actor == Actor.ADMIN || (actor.role == Role.REVIEWER && target == Target.OWN);
		};
	}

}

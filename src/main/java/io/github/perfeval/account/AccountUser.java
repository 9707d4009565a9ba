package io.github.perfeval.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The security principal: Spring's user plus the {@link Viewer} the modules ask about.
 */
class AccountUser extends User {

	private final Viewer viewer;

	private final boolean mustChangePassword;

	AccountUser(AppUser user) {
		super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name())));
		this.viewer = new Viewer(user.getUsername(), user.getDisplayName(), user.getRole(), user.getDepartmentIds(),
				user.getReviewLevel(), user.isAllDepartments(), user.isSeesSubUnits());
		this.mustChangePassword = user.isMustChangePassword();
	}

	/**
	 * An administrator reset the password: nothing but changing it until it is changed.
	 */
	boolean mustChangePassword() {
		return mustChangePassword;
	}

	Viewer viewer() {
		return viewer;
	}

}

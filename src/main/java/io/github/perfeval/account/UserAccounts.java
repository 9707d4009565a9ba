package io.github.perfeval.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users: creating them with a hashed password, loading them for login, telling who is
 * asking.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts implements UserDetailsService {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(AccountUser::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Transactional
	public void create(String username, String rawPassword, String displayName, Role role, Set<Long> departmentIds) {
		if (users.existsByUsername(username)) {
			throw new IllegalStateException("User " + username + " exists");
		}
		PasswordRule.problem(rawPassword).ifPresent(problem -> {
			throw new IllegalArgumentException("Password of " + username + " refused: " + problem);
		});
		users.save(new AppUser(username, passwordEncoder.encode(rawPassword), displayName, role, departmentIds));
		events.publishEvent(AccountEvent.changed("USER_CREATED", username, "role", null, role));
		if (!departmentIds.isEmpty()) {
			events.publishEvent(AccountEvent.changed("USER_CREATED", username, "departments", null, departmentIds));
		}
	}

	/** Lets a 审核人 review every department (true) or only the assigned ones. */
	@Transactional
	public void reviewAllDepartments(String username, boolean all) {
		AppUser user = users.findByUsername(username).orElseThrow();
		changed(username, "allDepartments", user.isAllDepartments(), all);
		user.reviewAllDepartments(all);
	}

	/**
	 * Lets a 填报人 see (true) the evaluations of the 下属单位 of their departments too, or not.
	 */
	@Transactional
	public void seeSubUnits(String username, boolean sees) {
		AppUser user = users.findByUsername(username).orElseThrow();
		changed(username, "seesSubUnits", user.isSeesSubUnits(), sees);
		user.seeSubUnits(sees);
	}

	/** Makes a 审核人 review at a level: 1 主管部门, 2 财政局. */
	@Transactional
	public void reviewAt(String username, int level) {
		AppUser user = users.findByUsername(username).orElseThrow();
		changed(username, "reviewLevel", user.getReviewLevel(), level);
		user.reviewAt(level);
	}

	@Transactional
	public void joinDepartment(String username, long departmentId) {
		AppUser user = users.findByUsername(username).orElseThrow();
		Set<Long> before = Set.copyOf(user.getDepartmentIds());
		user.joinDepartment(departmentId);
		changed(username, "departments", before, user.getDepartmentIds());
	}

	/** Every user, by username, with role and departments. */
	public List<UserSummary> all() {
		return users.findAll(Sort.by("username")).stream().map(AppUser::summary).toList();
	}

	public Optional<UserSummary> byUsername(String username) {
		return users.findByUsername(username).map(AppUser::summary);
	}

	/**
	 * An administrator changes a user's name, role and departments; the last enabled
	 * administrator stays one.
	 */
	@Transactional
	public void edit(String username, String displayName, Role role, Set<Long> departmentIds) {
		AppUser user = find(username);
		if (user.getRole() == Role.ADMIN && role != Role.ADMIN && user.isEnabled() && isLastAdministrator()) {
			throw new AccountRuleException("admin.user.lastAdministrator");
		}
		changed(username, "displayName", user.getDisplayName(), displayName);
		changed(username, "role", user.getRole(), role);
		changed(username, "departments", Set.copyOf(user.getDepartmentIds()), Set.copyOf(departmentIds));
		user.edit(displayName, role, departmentIds);
	}

	/** A field of a user changed: on record (nothing when it stays as it was). */
	private void changed(String username, String field, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			events.publishEvent(AccountEvent.changed("USER_CHANGED", username, field, before, after));
		}
	}

	/**
	 * Disables or re-enables a user: a disabled user cannot sign in, with a password or a
	 * token. Nobody disables themself, nor the last enabled administrator.
	 */
	@Transactional
	public void setEnabled(String username, boolean enabled, String actingUsername) {
		AppUser user = find(username);
		if (!enabled && username.equals(actingUsername)) {
			throw new AccountRuleException("admin.user.disableSelf");
		}
		if (!enabled && user.getRole() == Role.ADMIN && user.isEnabled() && isLastAdministrator()) {
			throw new AccountRuleException("admin.user.lastAdministrator");
		}
		if (user.isEnabled() != enabled) {
			events.publishEvent(AccountEvent.of(enabled ? "USER_ENABLED" : "USER_DISABLED", username));
		}
		user.setEnabled(enabled);
	}

	/** An administrator sets a password that its owner must change at the next login. */
	@Transactional
	public void resetPassword(String username, String rawPassword) {
		find(username).resetPassword(passwordEncoder.encode(rawPassword));
		events.publishEvent(AccountEvent.of("PASSWORD_RESET", username));
	}

	/**
	 * The user's own new password; false (and nothing changed) when the current one is
	 * wrong.
	 */
	@Transactional
	public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
		AppUser user = find(username);
		if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.changePassword(passwordEncoder.encode(newPassword));
		events.publishEvent(AccountEvent.of("PASSWORD_CHANGED", username));
		return true;
	}

	private boolean isLastAdministrator() {
		return users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
	}

	private AppUser find(String username) {
		return users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * Whether this user may still use a session opened before (not disabled since): the
	 * check of every signed-in request, one indexed read in autocommit, without a
	 * transaction or the persistence context (they were most of its cost).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	boolean isEnabled(String username) {
		return jdbc.sql("select enabled from app_user where username = ?")
			.param(username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public boolean exists(String username) {
		return users.existsByUsername(username);
	}

	public boolean hasAdministrator() {
		return users.existsByRole(Role.ADMIN);
	}

	/** The signed-in user; fails outside a request with an authenticated user. */
	public static Viewer currentViewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
			return user.viewer();
		}
		throw new IllegalStateException("No signed-in user");
	}

}

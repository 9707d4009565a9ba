package io.github.perfeval.account;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
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

	UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
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
	}

	/** Makes a 审核人 review at a level: 1 主管部门, 2 财政局. */
	@Transactional
	public void reviewAt(String username, int level) {
		users.findByUsername(username).orElseThrow().reviewAt(level);
	}

	@Transactional
	public void joinDepartment(String username, long departmentId) {
		users.findByUsername(username).orElseThrow().joinDepartment(departmentId);
	}

	/** Every user, by username, with role and departments. */
	public List<UserSummary> all() {
		return users.findAll(Sort.by("username"))
			.stream()
			.map(user -> new UserSummary(user.getUsername(), user.getDisplayName(), user.getRole(),
					user.getDepartmentIds()))
			.toList();
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

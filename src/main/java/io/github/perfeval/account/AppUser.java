package io.github.perfeval.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** 用户: a login with a role and the departments it belongs to. */
@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	/** For a 审核人: 1 reviews as 主管部门, 2 as 财政局. */
	private Integer reviewLevel;

	private boolean mustChangePassword;

	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	// Every user's departments in one query when users are listed (not one per user).
	@org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
	@CollectionTable(name = "user_department", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	protected AppUser() {
	}

	AppUser(String username, String passwordHash, String displayName, Role role, Set<Long> departmentIds) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.departmentIds = new HashSet<>(departmentIds);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getDisplayName() {
		return displayName;
	}

	Role getRole() {
		return role;
	}

	boolean isEnabled() {
		return enabled;
	}

	/** For a 审核人: every department, not only the assigned ones. */
	private boolean allDepartments;

	boolean isAllDepartments() {
		return allDepartments;
	}

	void reviewAllDepartments(boolean all) {
		this.allDepartments = all;
	}

	/**
	 * For a 填报人: may also see (not change) the evaluations of their departments' 下属单位.
	 */
	private boolean seesSubUnits;

	boolean isSeesSubUnits() {
		return seesSubUnits;
	}

	void seeSubUnits(boolean sees) {
		this.seesSubUnits = sees;
	}

	int getReviewLevel() {
		return reviewLevel == null ? 1 : reviewLevel;
	}

	void reviewAt(int level) {
		if (level < 1 || level > 2) {
			throw new IllegalArgumentException("Review level " + level);
		}
		this.reviewLevel = level;
	}

	Set<Long> getDepartmentIds() {
		return Set.copyOf(departmentIds);
	}

	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	void joinDepartment(long departmentId) {
		departmentIds.add(departmentId);
	}

	void edit(String displayName, Role role, Set<Long> departmentIds) {
		this.displayName = displayName;
		this.role = role;
		this.departmentIds.clear();
		this.departmentIds.addAll(departmentIds);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * An administrator set this password: its owner must choose another at next login.
	 */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
	}

	/** Its owner chose this password. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	UserSummary summary() {
		return new UserSummary(username, displayName, role, departmentIds, enabled, mustChangePassword,
				getReviewLevel(), allDepartments, seesSubUnits);
	}

}

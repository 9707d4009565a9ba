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

	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
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

	void joinDepartment(long departmentId) {
		departmentIds.add(departmentId);
	}

}

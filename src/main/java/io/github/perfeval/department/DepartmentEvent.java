package io.github.perfeval.department;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A department created ({@code DEPARTMENT_CREATED}) or changed
 * ({@code DEPARTMENT_CHANGED}: {@code name}, {@code parentId}, {@code reviewLevels}, old
 * → new), as the administration record keeps it; published in the transaction of the
 * change.
 */
public record DepartmentEvent(String actor, String action, String code, String field, String oldValue,
		String newValue) {

	static DepartmentEvent changed(String action, String code, String field, Object oldValue, Object newValue) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication == null || !authentication.isAuthenticated() ? "system"
				: authentication.getName();
		return new DepartmentEvent(actor, action, code, field, oldValue == null ? null : String.valueOf(oldValue),
				newValue == null ? null : String.valueOf(newValue));
	}

}

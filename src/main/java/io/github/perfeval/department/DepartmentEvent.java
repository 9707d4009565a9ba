package io.github.perfeval.department;

import io.github.perfeval.system.Actors;

/**
 * A department created ({@code DEPARTMENT_CREATED}) or changed
 * ({@code DEPARTMENT_CHANGED}: {@code name}, {@code parentId}, {@code reviewLevels}, old
 * → new), as the administration record keeps it; published in the transaction of the
 * change.
 */
public record DepartmentEvent(String actor, String action, String code, String field, String oldValue,
		String newValue) {

	static DepartmentEvent changed(String action, String code, String field, Object oldValue, Object newValue) {
		return new DepartmentEvent(Actors.current(), action, code, field,
				oldValue == null ? null : String.valueOf(oldValue), newValue == null ? null : String.valueOf(newValue));
	}

}

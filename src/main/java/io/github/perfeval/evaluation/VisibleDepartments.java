package io.github.perfeval.evaluation;

import java.util.Set;

/**
 * The departments whose evaluations a viewer sees, as {@link EvaluationService} decides
 * it on each request: all of them ({@code all}), or these ({@code ids}: their own and,
 * where the viewer is allowed, their 下属单位 at any depth).
 */
public record VisibleDepartments(boolean all, Set<Long> ids) {

	public VisibleDepartments {
		ids = all ? Set.of() : Set.copyOf(ids);
	}

	public boolean includes(long departmentId) {
		return all || ids.contains(departmentId);
	}

}

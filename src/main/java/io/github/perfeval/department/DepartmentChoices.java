package io.github.perfeval.department;

import java.util.List;

/**
 * The first departments that match a search, in pinyin order of their names, and how many
 * match in all ({@link DepartmentDirectory#choices}).
 */
public record DepartmentChoices(List<DepartmentRef> departments, int matching) {

	public DepartmentChoices {
		departments = List.copyOf(departments);
	}

	/** Whether more match than are listed. */
	public boolean more() {
		return matching > departments.size();
	}

}

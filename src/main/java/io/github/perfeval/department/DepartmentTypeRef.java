package io.github.perfeval.department;

/** A 单位类型 as other modules see it. */
public record DepartmentTypeRef(long id, String name, int position) {
}

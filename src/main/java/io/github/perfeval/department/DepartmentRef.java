package io.github.perfeval.department;

/** A department as other modules see it. */
public record DepartmentRef(long id, String code, String name, Long parentId) {
}

package io.github.perfeval.department;

/**
 * A department as other modules see it; {@code reviewLevels} is how many review levels
 * its evaluations pass (1 主管部门, 2 then 财政局); {@code typeId} its 单位类型
 * ({@link DepartmentTypeRef}), null when not set.
 */
public record DepartmentRef(long id, String code, String name, Long parentId, int reviewLevels, Long typeId) {
}

package io.github.perfeval.department;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 部门（单位）; {@code parentId} links a 下属单位 to its department. */
@Entity
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private Long parentId;

	/** 1: the 主管部门 approves; 2: then the 财政局. */
	private int reviewLevels = 1;

	/** 单位类型 ({@link DepartmentType}), for comparing like with like; null when not set. */
	private Long typeId;

	private Instant createdAt = Instant.now();

	protected Department() {
	}

	Department(String code, String name, Long parentId) {
		this.code = code;
		this.name = name;
		this.parentId = parentId;
	}

	void edit(String name, Long parentId) {
		this.name = name;
		this.parentId = parentId;
	}

	DepartmentRef ref() {
		return new DepartmentRef(id, code, name, parentId, reviewLevels, typeId);
	}

	void typed(Long typeId) {
		this.typeId = typeId;
	}

	void reviewIn(int levels) {
		if (levels < 1 || levels > 2) {
			throw new IllegalArgumentException("Review levels " + levels);
		}
		this.reviewLevels = levels;
	}

}

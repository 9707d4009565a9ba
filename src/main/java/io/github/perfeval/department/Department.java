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
		return new DepartmentRef(id, code, name, parentId);
	}

}

package io.github.perfeval.department;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 单位类型 (行政单位, 医院, 学校 …): departments of one type are compared with each other. */
@Entity
class DepartmentType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private int position;

	protected DepartmentType() {
	}

	DepartmentType(String name, int position) {
		this.name = name;
		this.position = position;
	}

	void rename(String name) {
		this.name = name;
	}

	DepartmentTypeRef ref() {
		return new DepartmentTypeRef(id, name, position);
	}

}

package io.github.perfeval.access;

/**
 * What a request is about: an evaluation (or the department) of 罗湖 or of 香港大学深圳医院, the
 * actor's own account object (their API token) or someone else's, or nothing in
 * particular.
 */
enum Target {

	LUOHU(Department.LUOHU),

	HKU(Department.HKU),

	OWN(null),

	SOMEONE_ELSES(null),

	NONE(null);

	final Department department;

	Target(Department department) {
		this.department = department;
	}

	@Override
	public String toString() {
		return switch (this) {
			case LUOHU, HKU -> department.name;
			case OWN -> "own";
			case SOMEONE_ELSES -> "someone else's";
			case NONE -> "-";
		};
	}

}

package io.github.perfeval.access;

/**
 * One request of the matrix: an actor against a target, with the fixture for the values
 * its path and form need.
 */
record Cell(Actor actor, Target target, MatrixFixture fixture) {

	Department department() {
		if (target.department == null) {
			throw new IllegalStateException("Target " + target + " has no department");
		}
		return target.department;
	}

	long evaluationId() {
		return fixture.evaluationId(department());
	}

	long departmentId() {
		return fixture.departmentId(department());
	}

	/** The version of the target's evaluation now, as a form sends it. */
	String version() {
		return String.valueOf(fixture.version(department()));
	}

	@Override
	public String toString() {
		return actor + " on " + target;
	}

}

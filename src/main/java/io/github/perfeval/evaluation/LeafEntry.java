package io.github.perfeval.evaluation;

/** One leaf's raw inputs as a JSON object, with its narrative comment and evidence. */
record LeafEntry(String code, String inputs, String comment, String evidence) {

	LeafEntry(String code, Stored stored) {
		this(code, stored.inputs(), stored.comment(), stored.evidence());
	}

	Stored stored() {
		return new Stored(inputs, comment, evidence);
	}

	/**
	 * A row of {@code leaf_entry} without its code, which is the key it is stored under:
	 * a save rewrites only the leaves whose values changed.
	 */
	@jakarta.persistence.Embeddable
	record Stored(String inputs, String comment, String evidence) {
	}

}

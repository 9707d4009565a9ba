package io.github.perfeval.evaluation;

import java.util.Comparator;

/** One leaf's raw inputs as a JSON object, with its narrative comment and evidence. */
record LeafEntry(String code, String inputs, String comment, String evidence) {

	/**
	 * Leaf codes in the framework's order: dot-separated parts compared as numbers where
	 * both are numbers (1.2 before 1.10), as text otherwise.
	 */
	static final Comparator<String> CODE_ORDER = (a, b) -> {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int compared = isNumber(left[i]) && isNumber(right[i])
					? new java.math.BigInteger(left[i]).compareTo(new java.math.BigInteger(right[i]))
					: left[i].compareTo(right[i]);
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(left.length, right.length);
	};

	LeafEntry(String code, Stored stored) {
		this(code, stored.inputs(), stored.comment(), stored.evidence());
	}

	Stored stored() {
		return new Stored(inputs, comment, evidence);
	}

	private static boolean isNumber(String part) {
		return !part.isEmpty() && part.length() < 19 && part.chars().allMatch(Character::isDigit);
	}

	/**
	 * A row of {@code leaf_entry} without its code, which is the key it is stored under:
	 * a save rewrites only the leaves whose values changed.
	 */
	@jakarta.persistence.Embeddable
	record Stored(String inputs, String comment, String evidence) {
	}

}

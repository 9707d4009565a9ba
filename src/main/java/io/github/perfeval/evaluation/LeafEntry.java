package io.github.perfeval.evaluation;

import jakarta.persistence.Embeddable;

/** One leaf's raw inputs as a JSON object, with its narrative comment and evidence. */
@Embeddable
record LeafEntry(String code, String inputs, String comment, String evidence) {
}

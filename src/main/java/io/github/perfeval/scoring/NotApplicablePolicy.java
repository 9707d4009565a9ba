package io.github.perfeval.scoring;

/**
 * How a framework scores a leaf marked 不适用: {@code FULL} gives it its full weight;
 * {@code EXCLUDE} removes it from both the score and the maximum, and the total is
 * rescaled to 100.
 */
public enum NotApplicablePolicy {

	FULL, EXCLUDE

}

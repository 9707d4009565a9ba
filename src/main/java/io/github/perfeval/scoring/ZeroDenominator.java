package io.github.perfeval.scoring;

/** What a zero denominator means for a rate. */
public enum ZeroDenominator {

	/** Nothing was due, so everything was done: full points. */
	FULL,
	/** The rate has no meaning: the input is rejected. */
	INVALID

}

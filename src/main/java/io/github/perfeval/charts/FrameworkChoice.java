package io.github.perfeval.charts;

/** A framework (version) the evaluations of a year are on, with how many are. */
public record FrameworkChoice(long id, String name, int version, long evaluations) {
}

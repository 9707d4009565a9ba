package io.github.perfeval.framework;

import java.time.Instant;

/**
 * One stored version of a framework as the API lists it: its number, name, when it was
 * stored and how many evaluations are scored on it.
 */
public record FrameworkVersion(int version, String name, Instant storedAt, long evaluations) {
}

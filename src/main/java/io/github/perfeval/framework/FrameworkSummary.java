package io.github.perfeval.framework;

import java.util.List;

/**
 * A framework with all its stored versions, oldest first; {@code name} and {@code region}
 * are the latest version's.
 */
public record FrameworkSummary(String code, String name, String region, int latestVersion,
		List<FrameworkVersion> versions) {
}

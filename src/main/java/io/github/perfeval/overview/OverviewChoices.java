package io.github.perfeval.overview;

import java.util.List;

/**
 * What the overview's filters offer: the framework versions stored and the 评分等级 names of
 * those frameworks (best first).
 */
public record OverviewChoices(List<Framework> frameworks, List<String> grades) {

	public OverviewChoices {
		frameworks = List.copyOf(frameworks);
		grades = List.copyOf(grades);
	}

	public record Framework(long id, String code, int version, String name) {
	}

}

package io.github.perfeval.charts;

import java.util.List;

/**
 * How many evaluations of a year and framework reached each 评分等级: the framework's grades
 * highest first with where each stands ({@code top}, {@code upper}, {@code lower},
 * {@code bottom}: its colour), the counts per 单位类型 (in the types' order, those without a
 * type last, {@code type} null) and in all, and how many are still 待定 (no grade yet).
 */
public record GradeDistribution(List<String> grades, List<String> standings, List<TypeCounts> types, List<Long> totals,
		long pending) {

	public GradeDistribution {
		grades = List.copyOf(grades);
		standings = List.copyOf(standings);
		types = List.copyOf(types);
		totals = List.copyOf(totals);
	}

	/** All evaluations with a grade. */
	public long graded() {
		return totals.stream().mapToLong(Long::longValue).sum();
	}

	/** One 单位类型's counts, by grade as in {@link #grades()}. */
	public record TypeCounts(String type, List<Long> counts) {

		public TypeCounts {
			counts = List.copyOf(counts);
		}

		public long total() {
			return counts.stream().mapToLong(Long::longValue).sum();
		}

	}

}

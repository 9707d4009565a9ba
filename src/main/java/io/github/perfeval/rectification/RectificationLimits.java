package io.github.perfeval.rectification;

import java.time.LocalDate;

/**
 * The bounds of a 整改事项, in one place: the form objects, the aggregate and the migration
 * (V25) hold the same numbers.
 */
public final class RectificationLimits {

	public static final int PROBLEM_MAX = 2000;

	public static final int MEASURE_MAX = 2000;

	public static final int OFFICE_MAX = 100;

	public static final int NOTE_MAX = 1000;

	public static final int REASON_MAX = 500;

	/** The most items one evaluation's 存在问题 may make. */
	public static final int ITEMS_MAX = 50;

	/** How many years after the evaluated one a 整改期限 may lie. */
	public static final int DEADLINE_YEARS = 5;

	private RectificationLimits() {
	}

	/** The earliest 整改期限 of an evaluation of {@code year}: 1 January of the next. */
	public static LocalDate earliestDeadline(int year) {
		return LocalDate.of(year + 1, 1, 1);
	}

	/** The latest 整改期限 of an evaluation of {@code year}. */
	public static LocalDate latestDeadline(int year) {
		return LocalDate.of(year + DEADLINE_YEARS, 12, 31);
	}

}

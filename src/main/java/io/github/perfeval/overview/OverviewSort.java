package io.github.perfeval.overview;

/** What the overview sorts by. */
public enum OverviewSort {

	DEPARTMENT, TOTAL, GRADE, LOST, STATUS, CHANGED

}

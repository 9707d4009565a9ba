package io.github.perfeval.rectification;

import java.time.LocalDate;

/** What the filler saves of a 整改事项: its texts, 责任科室, 期限, status and notes. */
public record ItemChange(String problem, String measure, String office, LocalDate deadline, RectificationStatus status,
		String progressNote, String evidenceNote) {
}

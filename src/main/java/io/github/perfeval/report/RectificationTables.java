package io.github.perfeval.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.rectification.RectificationLine;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.rectification.RectificationStatus;

/** 上年整改事项落实情况 as the report prints it, from last year's items. */
final class RectificationTables {

	private RectificationTables() {
	}

	static ReportView.RectificationTable of(RectificationService.PreviousYear previous, SheetMessages messages) {
		List<ReportView.RectificationRow> rows = new ArrayList<>();
		int confirmed = 0;
		int done = 0;
		int progress = 0;
		int notStarted = 0;
		for (RectificationLine line : previous.items()) {
			if (line.confirmed()) {
				confirmed++;
			}
			else if (line.status() == RectificationStatus.DONE) {
				done++;
			}
			else if (line.status() == RectificationStatus.IN_PROGRESS) {
				progress++;
			}
			else {
				notStarted++;
			}
			rows.add(new ReportView.RectificationRow(String.valueOf(line.position()), line.problem(),
					line.office() == null ? "" : line.office(), deadline(line.deadline(), messages),
					status(line, messages),
					messages.text("report.rectification.filesCount", String.valueOf(line.evidenceFiles()))));
		}
		return new ReportView.RectificationTable(
				messages.text("report.rectification.caption", String.valueOf(previous.year())),
				messages.text("report.rectification.summary", String.valueOf(previous.year()),
						String.valueOf(previous.items().size()), String.valueOf(confirmed), String.valueOf(done),
						String.valueOf(progress), String.valueOf(notStarted)),
				rows);
	}

	static String status(RectificationLine line, SheetMessages messages) {
		if (line.confirmed()) {
			return messages.text("report.rectification.confirmed");
		}
		return messages.text("rectification.status." + line.status().name());
	}

	private static String deadline(LocalDate deadline, SheetMessages messages) {
		return deadline == null ? ""
				: messages.text("report.rectification.deadline", String.valueOf(deadline.getYear()),
						String.valueOf(deadline.getMonthValue()), String.valueOf(deadline.getDayOfMonth()));
	}

}

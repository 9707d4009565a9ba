package io.github.perfeval.export.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.github.perfeval.export.ExportJob;
import io.github.perfeval.export.ExportJobs;

/** A job as the list shows it: its description and times in China's time. */
record JobRow(ExportJob job, String description, String created, String expires) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	static JobRow of(ExportJob job, ExportJobs jobs) {
		return new JobRow(job, jobs.describe(job.request()), WHEN.format(job.createdAt()),
				job.expiresAt() == null ? null : WHEN.format(job.expiresAt()));
	}

}

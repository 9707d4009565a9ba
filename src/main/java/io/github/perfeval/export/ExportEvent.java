package io.github.perfeval.export;

/**
 * A batch export started ({@code EXPORT_STARTED}), cancelled ({@code EXPORT_CANCELLED})
 * or downloaded ({@code EXPORT_DOWNLOADED}) by {@code actor}: the job ({@code subject}
 * {@code export-<id>}) and what it exports, as the administration record keeps it;
 * published in the transaction of the act.
 */
public record ExportEvent(String actor, String action, String subject, String field, String oldValue, String newValue) {

	static ExportEvent of(String actor, String action, long jobId, String description) {
		return new ExportEvent(actor, action, "export-" + jobId, "export", null, description);
	}

}

package io.github.perfeval.export;

import java.time.Instant;

/**
 * A job as its requester's list shows it: what it exports, where it is (done of total
 * departments), and its file once done ({@code fileSize} null once expired or when there
 * is none).
 */
public record ExportJob(long id, ExportRequest request, String requestedBy, ExportStatus status,
		boolean cancelRequested, int done, Integer total, Instant createdAt, Instant startedAt, Instant finishedAt,
		String errorMessage, String fileName, Long fileSize, Instant expiresAt) {

	/** Whole per cent done, 0 while the total is not known yet. */
	public int percent() {
		if (status == ExportStatus.DONE) {
			return 100;
		}
		return total == null || total == 0 ? 0 : (int) Math.min(100, (done * 100L) / total);
	}

	public boolean downloadable() {
		return status == ExportStatus.DONE && fileSize != null;
	}

	public boolean cancellable() {
		return status.isOpen() && !cancelRequested;
	}

}

package io.github.perfeval.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.UserSummary;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.report.ExportedFile;
import io.github.perfeval.report.ReportService;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs one claimed job: selects the evaluations as its requester sees them now, writes
 * the file to a temporary file (never the whole of it in memory), and stores it with the
 * job — unless the job was cancelled or another worker has taken it over meanwhile.
 */
@Component
class ExportRunner {

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	/** Snapshots read per query. */
	static final int BATCH = 500;

	private final ExportQueue queue;

	private final ExportSelection selection;

	private final ScoreSnapshots snapshots;

	private final ReportService reports;

	private final UserAccounts accounts;

	private final SheetMessages messages;

	private final ExportProperties properties;

	ExportRunner(ExportQueue queue, ExportSelection selection, ScoreSnapshots snapshots, ReportService reports,
			UserAccounts accounts, SheetMessages messages, ExportProperties properties) {
		this.queue = queue;
		this.selection = selection;
		this.snapshots = snapshots;
		this.reports = reports;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Runs the job to its end: done, failed, cancelled, or given up to another worker.
	 */
	void run(ExportQueue.Claimed job, String worker, java.util.function.BooleanSupplier goOn) {
		Path file = null;
		try {
			Viewer viewer = viewer(job.requestedBy());
			if (viewer == null) {
				queue.fail(job.id(), worker, messages.text("export.error.requester"));
				return;
			}
			file = Files.createTempFile("perfeval-export-" + job.id() + "-", ".part");
			Progress progress = new JobProgress(job.id(), worker, goOn);
			String fileName;
			String contentType;
			try (OutputStream out = Files.newOutputStream(file)) {
				if (job.request().kind() == ExportKind.RESULTS_XLSX) {
					workbook(job.request(), viewer, progress, out);
					fileName = messages.text("export.file.results", String.valueOf(job.request().year()));
					contentType = ExportedFile.XLSX;
				}
				else {
					archive(job.request(), viewer, progress, out);
					fileName = messages.text(job.request().kind() == ExportKind.SHEET_PDFS ? "export.file.sheets"
							: "export.file.sheetsAndReports", String.valueOf(job.request().year()));
					contentType = "application/zip";
				}
			}
			if (!queue.finish(job.id(), worker, fileName, contentType, file)) {
				log.info("Export job {}: no longer held by {}, its file not stored", job.id(), worker);
			}
		}
		catch (Progress.Stopped stopped) {
			if (stopped.cancelled) {
				queue.cancelled(job.id(), worker);
			}
		}
		catch (RuntimeException | IOException ex) {
			log.error("Export job {} failed", job.id(), ex);
			queue.fail(job.id(), worker, messages.text("export.error.failed"));
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Temporary file {} not deleted", file, ex);
				}
			}
		}
	}

	/** The .xlsx of the request as the viewer sees it, one sheet per framework. */
	void workbook(ExportRequest request, Viewer viewer, Progress progress, OutputStream out) throws IOException {
		List<ExportSelection.Row> rows = rows(request, viewer, progress);
		Map<String, String> names = accounts.all()
			.stream()
			.collect(Collectors.toMap(UserSummary::username, UserSummary::displayName));
		Map<String, List<ExportSelection.Row>> byFramework = rows.stream()
			.collect(
					Collectors.groupingBy(ExportSelection.Row::frameworkCode, LinkedHashMap::new, Collectors.toList()));
		try (ResultsWorkbook workbook = new ResultsWorkbook(messages)) {
			for (Map.Entry<String, List<ExportSelection.Row>> framework : byFramework.entrySet()) {
				List<ExportSelection.Row> sheetRows = framework.getValue();
				workbook.sheet(framework.getKey(), ResultColumns.of(selection.lines(ExportSelection.ids(sheetRows))));
				for (int from = 0; from < sheetRows.size(); from += BATCH) {
					List<ExportSelection.Row> batch = sheetRows.subList(from, Math.min(sheetRows.size(), from + BATCH));
					List<Long> ids = ExportSelection.ids(batch);
					Map<Long, ScoreSnapshot> scores = snapshots.of(ids);
					Map<Long, String> reviewers = selection.reviewers(ids);
					for (ExportSelection.Row row : batch) {
						String reviewer = reviewers.get(row.evaluationId());
						workbook.row(row, scores.get(row.evaluationId()),
								reviewer == null ? null : names.getOrDefault(reviewer, reviewer));
						progress.step();
					}
				}
			}
			workbook.write(out);
		}
	}

	/**
	 * The .zip of the request's 评分表 PDFs (and 自评报告 PDFs), each rendered as its single
	 * download is; an evaluation that cannot be rendered is listed in a text file
	 * instead.
	 */
	void archive(ExportRequest request, Viewer viewer, Progress progress, OutputStream out) throws IOException {
		List<ExportSelection.Row> rows = rows(request, viewer, progress);
		boolean withReports = request.kind() == ExportKind.SHEET_AND_REPORT_PDFS;
		Set<String> names = new HashSet<>();
		List<String> skipped = new ArrayList<>();
		try (ZipArchiveOutputStream zip = zip(out)) {
			for (ExportSelection.Row row : rows) {
				List<Function<Long, ExportedFile>> files = new ArrayList<>();
				files.add(id -> reports.sheetPdf(id, viewer));
				if (withReports) {
					files.add(id -> reports.reportPdf(id, viewer));
				}
				for (Function<Long, ExportedFile> render : files) {
					ExportedFile exported;
					try {
						exported = render.apply(row.evaluationId());
					}
					catch (RuntimeException ex) {
						log.warn("Export: evaluation {} not rendered", row.evaluationId(), ex);
						skipped
							.add(messages.text("export.zip.skippedLine", row.departmentCode(), row.departmentName()));
						break;
					}
					entry(zip, unique(exported.fileName(), row.departmentCode(), names), exported.content());
				}
				progress.step();
			}
			if (!skipped.isEmpty()) {
				entry(zip, messages.text("export.zip.skippedFile"),
						(messages.text("export.zip.skippedIntro") + "\r\n" + String.join("\r\n", skipped) + "\r\n")
							.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * A .zip whose Chinese names every unzip reads: UTF-8 with the language encoding flag
	 * (Windows, 7-Zip, macOS) and the Info-ZIP Unicode path field, entries made on Unix
	 * (so that Info-ZIP's unzip does not take the names for a DOS code page).
	 */
	private static ZipArchiveOutputStream zip(OutputStream out) {
		ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
		zip.setEncoding(StandardCharsets.UTF_8.name());
		zip.setUseLanguageEncodingFlag(true);
		zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.ALWAYS);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	private static void entry(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setUnixMode(0100644);
		entry.setTime(System.currentTimeMillis());
		zip.putArchiveEntry(entry);
		zip.write(content);
		zip.closeArchiveEntry();
	}

	private List<ExportSelection.Row> rows(ExportRequest request, Viewer viewer, Progress progress) {
		List<ExportSelection.Row> rows = selection.rows(request, viewer);
		if (rows.size() > properties.maxDepartments()) {
			throw new IllegalStateException("Export of " + rows.size() + " departments, more than "
					+ properties.maxDepartments() + " (perfeval.exports.max-departments)");
		}
		progress.total(rows.size());
		return rows;
	}

	/** Two departments of the same name: the second file carries its code too. */
	private static String unique(String fileName, String code, Set<String> names) {
		String name = fileName;
		if (!names.add(name)) {
			int dot = fileName.lastIndexOf('.');
			String safeCode = code.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
			name = fileName.substring(0, dot) + "-" + safeCode + fileName.substring(dot);
			for (int i = 2; !names.add(name); i++) {
				name = fileName.substring(0, dot) + "-" + safeCode + "-" + i + fileName.substring(dot);
			}
		}
		return name;
	}

	/**
	 * The requester as they are now (their role and departments), or null if gone or
	 * disabled.
	 */
	private Viewer viewer(String username) {
		return accounts.byUsername(username)
			.filter(UserSummary::enabled)
			.map(user -> new Viewer(user.username(), user.displayName(), user.role(), user.departmentIds(),
					user.reviewLevel(), user.allDepartments(), user.seesSubUnits()))
			.filter(viewer -> viewer.isReviewer() || viewer.isAdmin())
			.orElse(null);
	}

	/**
	 * Writes progress every {@code progress-every} departments, and a heartbeat at least
	 * every quarter of the lease; stops the export when the job was cancelled, its lease
	 * lost, or the worker is stopping.
	 */
	private final class JobProgress implements Progress {

		private final long id;

		private final String worker;

		private final java.util.function.BooleanSupplier goOn;

		private Integer total;

		private int done;

		private long lastBeat = System.nanoTime();

		JobProgress(long id, String worker, java.util.function.BooleanSupplier goOn) {
			this.id = id;
			this.worker = worker;
			this.goOn = goOn;
		}

		@Override
		public void total(int departments) {
			total = departments;
			beat();
		}

		@Override
		public void step() {
			done++;
			if (!goOn.getAsBoolean()) {
				throw new Stopped(false);
			}
			if (done % properties.progressEvery() == 0
					|| System.nanoTime() - lastBeat > properties.heartbeat().toNanos()) {
				beat();
			}
		}

		private void beat() {
			lastBeat = System.nanoTime();
			switch (queue.heartbeat(id, worker, done, total)) {
				case CANCEL -> throw new Stopped(true);
				case LOST -> throw new Stopped(false);
				case HELD -> {
				}
			}
		}

	}

}

package io.github.perfeval.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentTypeRef;
import io.github.perfeval.evaluation.SheetMessages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Batch exports for 审核人 and administrators: start one, list one's own (an administrator
 * all), cancel, download. A job is seen only by who requested it and by administrators,
 * checked on every call; every start, cancel and download is on record
 * ({@link ExportEvent}).
 */
@Service
public class ExportJobs {

	/** The most jobs a list shows. */
	public static final int LIST_LIMIT = 50;

	private final ExportQueue queue;

	private final ExportWorker worker;

	private final ApplicationEventPublisher events;

	private final SheetMessages messages;

	private final DepartmentDirectory departments;

	ExportJobs(ExportQueue queue, ExportWorker worker, ApplicationEventPublisher events, SheetMessages messages,
			DepartmentDirectory departments) {
		this.queue = queue;
		this.worker = worker;
		this.events = events;
		this.messages = messages;
		this.departments = departments;
	}

	/** Whether the viewer may start batch exports at all: 审核人 and administrators. */
	public static boolean mayExport(Viewer viewer) {
		return viewer.isReviewer() || viewer.isAdmin();
	}

	/** Queues a job; the worker runs it with what the viewer sees when it starts. */
	@Transactional
	public long start(ExportRequest request, Viewer viewer) {
		requireExporter(viewer);
		long id = queue.enqueue(request, viewer.username());
		events.publishEvent(ExportEvent.of(viewer.username(), "EXPORT_STARTED", id, describe(request)));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
		return id;
	}

	/** The viewer's jobs, newest first; an administrator's list has everybody's. */
	@Transactional(readOnly = true)
	public List<ExportJob> jobs(Viewer viewer) {
		requireExporter(viewer);
		return queue.jobs(viewer.isAdmin() ? null : viewer.username(), LIST_LIMIT);
	}

	@Transactional(readOnly = true)
	public ExportJob job(long id, Viewer viewer) {
		requireExporter(viewer);
		return queue.job(id)
			.filter(job -> viewer.isAdmin() || job.requestedBy().equals(viewer.username()))
			.orElseThrow(() -> new ExportJobNotFoundException(id));
	}

	/** Cancels the job; false when it had finished already (or was cancelled). */
	@Transactional
	public boolean cancel(long id, Viewer viewer) {
		ExportJob job = job(id, viewer);
		boolean cancelled = queue.cancel(id);
		if (cancelled) {
			events.publishEvent(ExportEvent.of(viewer.username(), "EXPORT_CANCELLED", id, describe(job.request())));
		}
		return cancelled;
	}

	/**
	 * The finished file of the job, to be written to the response; on record as
	 * downloaded. Not found while it is not done, or once its file has expired.
	 */
	@Transactional
	public Download download(long id, Viewer viewer) {
		ExportJob job = job(id, viewer);
		if (!job.downloadable()) {
			throw new ExportJobNotFoundException(id);
		}
		events.publishEvent(ExportEvent.of(viewer.username(), "EXPORT_DOWNLOADED", id, describe(job.request())));
		return new Download(job.fileName(), contentType(job), job.fileSize(), out -> queue.copyFile(id, out));
	}

	/** A file to send: its name, type, size, and how to write it. */
	public record Download(String fileName, String contentType, long size, Content content) {
	}

	/** Writes the file's bytes. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * What the job exports, as the record and the list say it: 2024 年 · 评分表 PDF（压缩包）·
	 * 已审定.
	 */
	public String describe(ExportRequest request) {
		List<String> parts = new ArrayList<>();
		parts.add(messages.text("export.describe.year", String.valueOf(request.year())));
		parts.add(messages.text("export.kind." + request.kind().name()));
		if (request.status() != null) {
			parts.add(messages.text("status." + request.status().name()));
		}
		if (request.untyped()) {
			parts.add(messages.text("export.form.noType"));
		}
		if (request.typeId() != null) {
			parts.add(departments.types()
				.stream()
				.filter(type -> type.id() == request.typeId())
				.map(DepartmentTypeRef::name)
				.findFirst()
				.orElse(String.valueOf(request.typeId())));
		}
		if (request.frameworkCode() != null) {
			parts.add(request.frameworkCode());
		}
		return String.join(" · ", parts);
	}

	private static String contentType(ExportJob job) {
		return job.request().kind() == ExportKind.RESULTS_XLSX
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip";
	}

	private static void requireExporter(Viewer viewer) {
		if (!mayExport(viewer)) {
			throw new AccessDeniedException("Batch exports are for reviewers and administrators");
		}
	}

}

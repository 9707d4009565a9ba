package io.github.perfeval.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.support.SeedCases;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both seed evaluations in one year, the means to run jobs as another instance would (a
 * worker of its own name), and to read a job's stored file back.
 */
final class ExportFixture {

	static final int YEAR = 2024;

	static final Viewer ADMINISTRATOR = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	final EvaluationService evaluations;

	final ReviewService reviews;

	final ExportQueue queue;

	final ExportRunner runner;

	final JdbcTemplate jdbc;

	final JsonMapper json;

	ExportFixture(EvaluationService evaluations, ReviewService reviews, ExportQueue queue, ExportRunner runner,
			JdbcTemplate jdbc, JsonMapper json) {
		this.evaluations = evaluations;
		this.reviews = reviews;
		this.queue = queue;
		this.runner = runner;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A seed, completed, imported by the administrator into {@link #YEAR}: its id. */
	long seed(String name) {
		return seed(SeedCases.complete(SeedCases.tree(name)));
	}

	/** A completed seed, changed, imported by the administrator into {@link #YEAR}. */
	long seed(ObjectNode tree) {
		tree.put("year", YEAR);
		EvaluationDocument document = json.readValue(SeedCases.json(tree), EvaluationDocument.class);
		return evaluations.importDocument(document, ADMINISTRATOR, false).evaluation().id();
	}

	long version(long evaluationId) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId);
	}

	/** A worker as another instance runs it: one thread, quick to look for jobs. */
	ExportWorker worker(String instance) {
		return new ExportWorker(queue, runner, properties(1), instance);
	}

	static ExportProperties properties(int workers) {
		return new ExportProperties(workers, Duration.ofMillis(100), Duration.ofMinutes(2), 1, Duration.ofHours(24),
				Duration.ofMinutes(10), DataSize.ofKilobytes(64), 20000);
	}

	/** Runs the job with a worker of this name until it is finished, within a minute. */
	ExportJob runToEnd(long jobId, String instance) {
		ExportWorker worker = worker(instance);
		worker.start();
		try {
			long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
			while (System.nanoTime() < until) {
				ExportJob job = queue.job(jobId).orElseThrow();
				if (!job.status().isOpen()) {
					return job;
				}
				Thread.sleep(50);
			}
			throw new AssertionError("Job " + jobId + " not finished within a minute");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		finally {
			worker.stop();
		}
	}

	byte[] file(long jobId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			queue.copyFile(jobId, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ExportJob job = queue.job(jobId).orElseThrow();
		assertThat((long) out.size()).as("stored size of job " + jobId).isEqualTo(job.fileSize());
		return out.toByteArray();
	}

	int chunks(long jobId) {
		return jdbc.queryForObject("select count(*) from export_file_chunk where job_id = ?", Integer.class, jobId);
	}

}

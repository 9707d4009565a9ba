package io.github.perfeval.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.evaluation.EvaluationStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs in the database ({@code export_job}), which is the queue: enqueued by a
 * request, claimed by one worker at a time ({@code for update skip locked}), kept by its
 * heartbeat within the lease, taken over by another worker once the lease has run out
 * (its instance died: the job starts again from scratch), finished only by the worker
 * that holds it. The finished file is stored in chunks ({@code export_file_chunk}) so
 * that any instance can serve it.
 */
@Component
class ExportQueue {

	private static final String COLUMNS = """
			id, kind, requested_by, parameters::text as parameters, status, cancel_requested, progress_done,
			progress_total, created_at, started_at, finished_at, error_message, file_name, file_size, expires_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ExportProperties properties;

	ExportQueue(JdbcClient jdbc, JsonMapper json, ExportProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
	}

	/** A job claimed by a worker: what to do, for whom, and its attempt. */
	record Claimed(long id, ExportRequest request, String requestedBy, int attempt) {
	}

	/**
	 * What a heartbeat learns: whether the worker still holds the job, and if it is
	 * cancelled.
	 */
	enum Beat {

		HELD, CANCEL, LOST

	}

	@Transactional
	long enqueue(ExportRequest request, String username) {
		return jdbc
			.sql("""
					insert into export_job (kind, requested_by, parameters) values (:kind, :user, cast(:parameters as jsonb))
					returning id""")
			.param("kind", request.kind().name())
			.param("user", username)
			.param("parameters", parameters(request))
			.query(Long.class)
			.single();
	}

	/**
	 * Claims the oldest job waiting, or one whose lease has run out, for this worker:
	 * none when there is nothing to do. One statement, so two workers never claim the
	 * same job.
	 */
	@Transactional
	Optional<Claimed> claim(String worker) {
		return jdbc.sql("""
				update export_job set status = 'RUNNING', claimed_by = :worker, heartbeat_at = now(),
				                      started_at = now(), attempts = attempts + 1, progress_done = 0
				 where id = (select id from export_job
				              where status = 'QUEUED'
				                 or (status = 'RUNNING' and heartbeat_at < now() - cast(:lease as interval))
				              order by created_at, id
				              limit 1 for update skip locked)
				returning id, kind, requested_by, parameters::text, attempts""")
			.param("worker", worker)
			.param("lease", properties.lease().toMillis() + " milliseconds")
			.query((rs, row) -> new Claimed(rs.getLong(1), request(rs.getString(2), rs.getString(4)), rs.getString(3),
					rs.getInt(5)))
			.optional();
	}

	/**
	 * Renews the lease and writes the progress; tells the worker whether it still holds
	 * the job and whether it is to stop.
	 */
	@Transactional
	Beat heartbeat(long id, String worker, int done, Integer total) {
		return jdbc.sql("""
				update export_job set heartbeat_at = now(), progress_done = :done,
				                      progress_total = coalesce(:total, progress_total)
				 where id = :id and claimed_by = :worker and status = 'RUNNING'
				returning cancel_requested""")
			.param("id", id)
			.param("worker", worker)
			.param("done", done)
			.param("total", total)
			.query(Boolean.class)
			.optional()
			.map(cancel -> cancel ? Beat.CANCEL : Beat.HELD)
			.orElse(Beat.LOST);
	}

	/**
	 * Stores the file and marks the job done, if this worker still holds it (and it is
	 * not cancelled): false, and nothing stored, if not.
	 */
	@Transactional
	boolean finish(long id, String worker, String fileName, String contentType, Path file) {
		if (!holds(id, worker)) {
			return false;
		}
		jdbc.sql("delete from export_file_chunk where job_id = :id").param("id", id).update();
		int chunk = (int) properties.chunkSize().toBytes();
		long size = 0;
		try (InputStream in = Files.newInputStream(file)) {
			int seq = 0;
			byte[] bytes;
			while ((bytes = in.readNBytes(chunk)).length > 0) {
				jdbc.sql("insert into export_file_chunk (job_id, seq, data) values (:id, :seq, :data)")
					.param("id", id)
					.param("seq", seq++)
					.param("data", bytes)
					.update();
				size += bytes.length;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		jdbc.sql("""
				update export_job set status = 'DONE', finished_at = now(), progress_done = coalesce(progress_total, 0),
				                      file_name = :name, content_type = :type, file_size = :size,
				                      expires_at = now() + cast(:retention as interval), error_message = null
				 where id = :id""")
			.param("id", id)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", size)
			.param("retention", properties.retention().toSeconds() + " seconds")
			.update();
		return true;
	}

	/**
	 * Gives a job back to the queue (this instance is stopping): the next worker claims
	 * it at once and starts it again.
	 */
	@Transactional
	void release(long id, String worker) {
		jdbc.sql("""
				update export_job set status = 'QUEUED', claimed_by = null, heartbeat_at = null, progress_done = 0
				 where id = :id and claimed_by = :worker and status = 'RUNNING'""")
			.param("id", id)
			.param("worker", worker)
			.update();
	}

	/**
	 * The job failed (if this worker still holds it), with what the requester is told.
	 */
	@Transactional
	void fail(long id, String worker, String message) {
		jdbc.sql("""
				update export_job set status = 'FAILED', finished_at = now(), error_message = :message
				 where id = :id and claimed_by = :worker and status = 'RUNNING'""")
			.param("id", id)
			.param("worker", worker)
			.param("message", message)
			.update();
	}

	/** The worker stopped at the cancel flag: the job is cancelled, with no file. */
	@Transactional
	void cancelled(long id, String worker) {
		jdbc.sql("""
				update export_job set status = 'CANCELLED', finished_at = now()
				 where id = :id and claimed_by = :worker and status = 'RUNNING'""")
			.param("id", id)
			.param("worker", worker)
			.update();
	}

	/**
	 * Cancels a job: one waiting is cancelled at once, one running gets the flag its
	 * worker reads between departments. False when it was finished already.
	 */
	@Transactional
	boolean cancel(long id) {
		int queued = jdbc.sql("""
				update export_job set status = 'CANCELLED', cancel_requested = true, finished_at = now()
				 where id = :id and status = 'QUEUED'""").param("id", id).update();
		if (queued > 0) {
			return true;
		}
		return jdbc.sql("""
				update export_job set cancel_requested = true
				 where id = :id and status = 'RUNNING' and not cancel_requested""").param("id", id).update() > 0;
	}

	/**
	 * Whether this worker still holds the job, locking it until the transaction ends; a
	 * job cancelled meanwhile is marked cancelled instead.
	 */
	private boolean holds(long id, String worker) {
		Optional<Boolean> cancel = jdbc.sql("""
				select cancel_requested from export_job
				 where id = :id and claimed_by = :worker and status = 'RUNNING' for update""")
			.param("id", id)
			.param("worker", worker)
			.query(Boolean.class)
			.optional();
		if (cancel.orElse(false)) {
			cancelled(id, worker);
		}
		return cancel.isPresent() && !cancel.get();
	}

	@Transactional(readOnly = true)
	Optional<ExportJob> job(long id) {
		return jdbc.sql("select " + COLUMNS + " from export_job where id = :id")
			.param("id", id)
			.query(this::jobRow)
			.optional();
	}

	/** The newest jobs, of one requester (all when null). */
	@Transactional(readOnly = true)
	List<ExportJob> jobs(String requestedBy, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from export_job where (cast(:user as varchar) is null or requested_by = :user)"
					+ " order by created_at desc, id desc limit :limit")
			.param("user", requestedBy)
			.param("limit", limit)
			.query(this::jobRow)
			.list();
	}

	/** Writes the stored file, chunk by chunk, never the whole of it in memory. */
	@Transactional(readOnly = true)
	void copyFile(long id, OutputStream out) throws IOException {
		int chunks = jdbc.sql("select count(*) from export_file_chunk where job_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		for (int seq = 0; seq < chunks; seq++) {
			byte[] bytes = jdbc.sql("select data from export_file_chunk where job_id = :id and seq = :seq")
				.param("id", id)
				.param("seq", seq)
				.query(byte[].class)
				.single();
			out.write(bytes);
		}
	}

	/** Deletes the files kept past their time; the jobs stay in the list as expired. */
	@Transactional
	int deleteExpiredFiles() {
		List<Long> expired = jdbc.sql("""
				update export_job set file_size = null
				 where expires_at < now() and file_size is not null returning id""").query(Long.class).list();
		if (!expired.isEmpty()) {
			jdbc.sql("delete from export_file_chunk where job_id = any(:ids)")
				.param("ids", expired.toArray(Long[]::new))
				.update();
		}
		return expired.size();
	}

	private ExportJob jobRow(ResultSet rs, int row) throws SQLException {
		Number size = (Number) rs.getObject("file_size");
		return new ExportJob(rs.getLong("id"), request(rs.getString("kind"), rs.getString("parameters")),
				rs.getString("requested_by"), ExportStatus.valueOf(rs.getString("status")),
				rs.getBoolean("cancel_requested"), rs.getInt("progress_done"), (Integer) rs.getObject("progress_total"),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
				rs.getString("error_message"), rs.getString("file_name"), size == null ? null : size.longValue(),
				instant(rs, "expires_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private String parameters(ExportRequest request) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("year", request.year());
		values.put("status", request.status() == null ? null : request.status().name());
		values.put("typeId", request.typeId());
		values.put("untyped", request.untyped());
		values.put("frameworkCode", request.frameworkCode());
		return json.writeValueAsString(values);
	}

	private ExportRequest request(String kind, String parameters) {
		Map<?, ?> values = json.readValue(parameters, Map.class);
		Object status = values.get("status");
		Object typeId = values.get("typeId");
		return new ExportRequest(ExportKind.valueOf(kind), ((Number) values.get("year")).intValue(),
				status == null ? null : EvaluationStatus.valueOf((String) status),
				typeId == null ? null : ((Number) typeId).longValue(), Boolean.TRUE.equals(values.get("untyped")),
				(String) values.get("frameworkCode"));
	}

}

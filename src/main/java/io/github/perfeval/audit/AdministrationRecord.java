package io.github.perfeval.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.github.perfeval.account.AccountEvent;
import io.github.perfeval.department.DepartmentEvent;
import io.github.perfeval.export.ExportEvent;
import io.github.perfeval.framework.FrameworkEvent;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 管理记录: writes every change to a user, a token, a login lock, a department or a 指标体系, and
 * every start, cancel and download of a batch export, in the transaction of the change,
 * and reads them back newest first. The table refuses updates and deletes.
 */
@Component
public class AdministrationRecord {

	private final JdbcTemplate jdbc;

	AdministrationRecord(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One line of the record. */
	public record Entry(Instant at, String actor, String action, String subject, String field, String oldValue,
			String newValue) {
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountEvent event) {
		write(event.actor(), event.action(), event.subject(), event.field(), event.oldValue(), event.newValue());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DepartmentEvent event) {
		write(event.actor(), event.action(), event.code(), event.field(), event.oldValue(), event.newValue());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(FrameworkEvent event) {
		write(event.actor(), event.action(), event.subject(), event.field(), event.oldValue(), event.newValue());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ExportEvent event) {
		write(event.actor(), event.action(), event.subject(), event.field(), event.oldValue(), event.newValue());
	}

	/**
	 * The newest {@code limit} lines, of one subject (a username, a department code) when
	 * given.
	 */
	@Transactional(readOnly = true)
	public List<Entry> latest(String subject, int limit) {
		String where = subject == null || subject.isBlank() ? "" : " where subject = ?";
		Object[] args = subject == null || subject.isBlank() ? new Object[] { limit }
				: new Object[] { subject.strip(), limit };
		return jdbc.query(
				"select created_at, actor, action, subject, field, old_value, new_value from admin_event" + where
						+ " order by created_at desc, id desc limit ?",
				(rs, row) -> new Entry(rs.getTimestamp("created_at").toInstant(), rs.getString("actor"),
						rs.getString("action"), rs.getString("subject"), rs.getString("field"),
						rs.getString("old_value"), rs.getString("new_value")),
				args);
	}

	private void write(String actor, String action, String subject, String field, String oldValue, String newValue) {
		jdbc.update(
				"insert into admin_event (created_at, actor, action, subject, field, old_value, new_value)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(Instant.now()), actor, action, subject, field, oldValue, newValue);
	}

}

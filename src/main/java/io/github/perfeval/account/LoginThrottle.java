package io.github.perfeval.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.perfeval.account.LoginLock.Kind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins counted in the database (table {@code login_throttle}), so that every
 * instance of the application and a restart see the same count: {@code accountFailures}
 * failures of one username, or {@code addressFailures} from one address, within the
 * window lock it for the lock duration. A successful login clears its account's count; an
 * administrator can clear a lock before its time.
 */
@Service
public class LoginThrottle {

	private static final int KEY_LENGTH = 200;

	private final JdbcTemplate jdbc;

	private final LoginThrottlingProperties properties;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	LoginThrottle(JdbcTemplate jdbc, LoginThrottlingProperties properties, Optional<Clock> clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The lock on this account or else on this address that holds now, if any. */
	@Transactional(readOnly = true)
	public Optional<LoginLock> lockOn(String username, String address) {
		return lock(Kind.ACCOUNT, username).or(() -> lock(Kind.ADDRESS, address));
	}

	/**
	 * Counts a failed login of this username from this address; the lock it brought
	 * about, if it was the last failure allowed.
	 */
	@Transactional
	public Optional<LoginLock> failed(String username, String address) {
		Instant now = clock.instant();
		jdbc.update("delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)",
				Timestamp.from(now.minus(properties.window())), Timestamp.from(now));
		count(Kind.ACCOUNT, username, properties.accountFailures(), now);
		count(Kind.ADDRESS, address, properties.addressFailures(), now);
		return lockOn(username, address);
	}

	/** A successful login: the account's earlier failures no longer count. */
	@Transactional
	public void succeeded(String username) {
		jdbc.update("delete from login_throttle where kind = ? and key = ?", Kind.ACCOUNT.name(), key(username));
	}

	/** Lifts a lock (and the failures counted) before its time. */
	@Transactional
	public boolean unlock(Kind kind, String key) {
		boolean released = jdbc.update("delete from login_throttle where kind = ? and key = ?", kind.name(),
				key(key)) > 0;
		if (released) {
			events.publishEvent(AccountEvent.changed("LOCK_RELEASED", key(key), "lock", kind.name(), null));
		}
		return released;
	}

	/** Every lock that holds now, accounts first. */
	@Transactional(readOnly = true)
	public List<LoginLock> locks() {
		return jdbc.query(
				"select kind, key, locked_until from login_throttle where locked_until > ? order by kind, key",
				(rs, row) -> new LoginLock(Kind.valueOf(rs.getString("kind")), rs.getString("key"),
						rs.getTimestamp("locked_until").toInstant()),
				Timestamp.from(clock.instant()));
	}

	private Optional<LoginLock> lock(Kind kind, String key) {
		if (key == null) {
			return Optional.empty();
		}
		return jdbc
			.query("select locked_until from login_throttle where kind = ? and key = ? and locked_until > ?",
					(rs, row) -> rs.getTimestamp("locked_until").toInstant(), kind.name(), key(key),
					Timestamp.from(clock.instant()))
			.stream()
			.findFirst()
			.map(until -> new LoginLock(kind, key, until));
	}

	private void count(Kind kind, String key, int limit, Instant now) {
		if (key == null) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		Timestamp windowOpened = Timestamp.from(now.minus(properties.window()));
		Integer failures = jdbc.queryForObject("""
				insert into login_throttle (kind, key, failures, window_start) values (?, ?, 1, ?)
				on conflict (kind, key) do update set
				    failures = case when login_throttle.window_start < ? then 1 else login_throttle.failures + 1 end,
				    window_start = case when login_throttle.window_start < ? then excluded.window_start
				                        else login_throttle.window_start end
				returning failures""", Integer.class, kind.name(), key(key), at, windowOpened, windowOpened);
		if (failures != null && failures >= limit) {
			jdbc.update(
					"update login_throttle set failures = 0, window_start = ?, locked_until = ? where kind = ? and key = ?",
					at, Timestamp.from(now.plus(properties.lockDuration())), kind.name(), key(key));
		}
	}

	private static String key(String key) {
		return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
	}

}

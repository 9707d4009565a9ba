package io.github.perfeval.account;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * What a refused login tells, on the login page and to API clients: a locked account or
 * address with the time it unlocks, a service that is unavailable, or a wrong username or
 * password.
 */
@Component
public class LoginFailureMessages {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final LoginThrottlingProperties properties;

	LoginFailureMessages(MessageSource messages, LoginThrottlingProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	public String describe(AuthenticationException failure) {
		if (failure instanceof LoginLockedException locked) {
			LoginLock lock = locked.lock();
			String until = until(lock);
			return text("login.locked." + lock.kind().name().toLowerCase(Locale.ROOT), until);
		}
		if (failure instanceof AuthenticationServiceException) {
			return text("login.unavailable");
		}
		return text("login.failed");
	}

	/** When the lock ends by itself, in the configured time zone. */
	public String until(LoginLock lock) {
		return UNTIL.format(lock.until().atZone(properties.zone()));
	}

	/** A lock whose time is no longer known (the session that kept it has gone). */
	public String locked() {
		return text("login.locked");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}

package io.github.perfeval.account;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused, before its password is checked, because its account or address is
 * locked.
 */
public class LoginLockedException extends LockedException {

	private final LoginLock lock;

	LoginLockedException(LoginLock lock) {
		super("Login locked: " + lock.kind() + " until " + lock.until());
		this.lock = lock;
	}

	public LoginLock lock() {
		return lock;
	}

}

package io.github.perfeval.account;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Username and password, for the login page and HTTP Basic alike, behind the
 * {@link LoginThrottle}: a locked account or address is refused before its password is
 * checked, a wrong password counts. A database that does not answer is an
 * {@link AuthenticationServiceException} (the service is unavailable), never a wrong
 * password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Optional<LoginLock> lock = database(() -> throttle.lockOn(username, address));
		if (lock.isPresent()) {
			throw new LoginLockedException(lock.get());
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			Optional<LoginLock> lockedNow = database(() -> throttle.failed(username, address));
			if (lockedNow.isPresent()) {
				throw new LoginLockedException(lockedNow.get());
			}
			throw ex;
		}
		database(() -> {
			throttle.succeeded(username);
			return null;
		});
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static <T> T database(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (DataAccessException | TransactionException ex) {
			throw new InternalAuthenticationServiceException("The database does not answer", ex);
		}
	}

}

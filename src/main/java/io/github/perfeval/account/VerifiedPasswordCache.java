package io.github.perfeval.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spares the bcrypt of a password already verified against the same stored hash: HTTP
 * Basic sends the password with every request. The cache maps a stored hash (as read from
 * the database on this very request) to an HMAC-SHA-256 of the password that matched it,
 * keyed with a random secret of this process; the password itself is never kept.
 * <p>
 * A changed password is a new stored hash, so the old password misses at once, on every
 * instance (each reads the current hash per request); a disabled user is refused before
 * the password is looked at ({@code DaoAuthenticationProvider}'s checks). A wrong
 * password is never cached and always costs a full bcrypt. Bounded (least recently used
 * goes) and each entry expires a while after it was verified.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final int maxEntries;

	private final Duration expiry;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Entry> verified;

	private record Entry(byte[] digest, Instant expires) {
	}

	VerifiedPasswordCache(PasswordEncoder delegate, int maxEntries, Duration expiry, Clock clock) {
		this.delegate = delegate;
		this.maxEntries = maxEntries;
		this.expiry = expiry;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.verified = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
				return size() > VerifiedPasswordCache.this.maxEntries;
			}
		};
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		byte[] digest = digest(rawPassword);
		Instant now = clock.instant();
		Entry entry;
		synchronized (verified) {
			entry = verified.get(encodedPassword);
		}
		if (entry != null && now.isBefore(entry.expires()) && MessageDigest.isEqual(entry.digest(), digest)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (verified) {
				verified.put(encodedPassword, new Entry(digest, now.plus(expiry)));
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	int size() {
		synchronized (verified) {
			return verified.size();
		}
	}

	private byte[] digest(CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}

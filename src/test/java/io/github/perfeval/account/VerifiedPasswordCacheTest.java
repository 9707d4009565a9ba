package io.github.perfeval.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordCacheTest {

	private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final AtomicInteger bcrypts = new AtomicInteger();

	private final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			bcrypts.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}
	};

	private final VerifiedPasswordCache cache = new VerifiedPasswordCache(counting, 2, Duration.ofMinutes(10),
			Clock.systemUTC());

	@Test
	void aVerifiedPasswordIsAcceptedWithoutAnotherBcrypt() {
		String stored = cache.encode("Right-Passw0rd");
		assertThat(cache.matches("Right-Passw0rd", stored)).isTrue();
		assertThat(cache.matches("Right-Passw0rd", stored)).isTrue();
		assertThat(cache.matches("Right-Passw0rd", stored)).isTrue();
		assertThat(bcrypts).hasValue(1);
	}

	@Test
	void aWrongPasswordIsNeverAcceptedAndAlwaysCostsABcrypt() {
		String stored = cache.encode("Right-Passw0rd");
		assertThat(cache.matches("Right-Passw0rd", stored)).isTrue();
		assertThat(cache.matches("Wrong-Passw0rd", stored)).isFalse();
		assertThat(cache.matches("Wrong-Passw0rd", stored)).isFalse();
		assertThat(cache.matches("Right-Passw0rd ", stored)).isFalse();
		assertThat(bcrypts).hasValue(4);
	}

	@Test
	void afterAPasswordChangeTheOldPasswordIsRefusedAtOnce() {
		String before = cache.encode("Old-Passw0rd!");
		assertThat(cache.matches("Old-Passw0rd!", before)).isTrue();
		String after = cache.encode("New-Passw0rd!");
		assertThat(cache.matches("Old-Passw0rd!", after)).isFalse();
		assertThat(cache.matches("New-Passw0rd!", after)).isTrue();
	}

	@Test
	void entriesExpireAndTheCacheStaysBounded() {
		Instant[] now = { Instant.parse("2026-12-02T00:00:00Z") };
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}
		};
		VerifiedPasswordCache expiring = new VerifiedPasswordCache(counting, 2, Duration.ofMinutes(10), clock);
		String stored = expiring.encode("Right-Passw0rd");
		expiring.matches("Right-Passw0rd", stored);
		now[0] = now[0].plus(Duration.ofMinutes(11));
		expiring.matches("Right-Passw0rd", stored);
		assertThat(bcrypts).hasValue(2);
		expiring.matches("Right-Passw0rd", expiring.encode("Right-Passw0rd"));
		expiring.matches("Right-Passw0rd", expiring.encode("Right-Passw0rd"));
		assertThat(expiring.size()).isEqualTo(2);
	}

}

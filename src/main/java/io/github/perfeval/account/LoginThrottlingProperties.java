package io.github.perfeval.account;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins within {@code window} lock an account or an address, for how
 * long, and in which time zone the login page tells until when.
 */
@ConfigurationProperties("perfeval.login-throttling")
public record LoginThrottlingProperties(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {

}

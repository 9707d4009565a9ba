package io.github.perfeval.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code PERFEVAL_ADMIN_USERNAME} /
 * {@code PERFEVAL_ADMIN_PASSWORD}.
 */
@ConfigurationProperties("perfeval.admin")
record AdminProperties(String username, String password) {

	AdminProperties {
		username = username == null || username.isBlank() ? "admin" : username;
	}

}

package io.github.perfeval.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is none. Without a configured password a
 * random one is generated and logged this once: no default password exists.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts accounts;

	private final AdminProperties properties;

	AdminBootstrap(UserAccounts accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (accounts.hasAdministrator()) {
			return;
		}
		String password = properties.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		}
		accounts.create(properties.username(), password, "系统管理员", Role.ADMIN, Set.of());
		if (generated) {
			log.warn(banner(properties.username(), password));
		}
		else {
			log.info("Created administrator '{}' with the configured password", properties.username());
		}
	}

	/**
	 * The generated password framed so that it stands out in the start-up log: its own
	 * lines between two rules of '='.
	 */
	static String banner(String username, String password) {
		String rule = "=".repeat(78);
		return String.join(System.lineSeparator(), "", rule,
				"  Created administrator '" + username + "' with the generated password: " + password,
				"  It is shown this once only (stored hashed). Sign in as '" + username + "' and keep it,",
				"  or set PERFEVAL_ADMIN_PASSWORD before the first start to choose the password.", rule);
	}

}

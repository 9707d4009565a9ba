package io.github.perfeval.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests that store frameworks of their own remove them again with this, so that every
 * shipped framework (version 1 of each file in {@code classpath:frameworks/}, stored once
 * when the application starts) stays for the tests that follow.
 */
public final class ShippedFrameworks {

	private ShippedFrameworks() {
	}

	/** Every framework but the shipped versions. */
	public static void removeOthers(JdbcTemplate jdbc) {
		jdbc.update("delete from indicator_framework where code not in ('SZ-COMMON', 'NATIONAL-FORM') or version > 1");
	}

}

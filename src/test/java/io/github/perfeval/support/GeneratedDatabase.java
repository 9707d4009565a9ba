package io.github.perfeval.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the database of {@link GeneratedDepartments}: the test
 * database's name with {@value #SUFFIX} on the same server
 * ({@code spring.datasource.url}, as CI sets it, which creates it fresh), else a database
 * of the embedded PostgreSQL. Created when missing where the user may create databases.
 */
public class GeneratedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SUFFIX = "_generated";

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		String username = environment.getProperty("spring.datasource.username", "postgres");
		String password = environment.getProperty("spring.datasource.password", "");
		String target;
		if (url != null && !url.isBlank()) {
			Matcher matcher = URL.matcher(url);
			if (!matcher.matches()) {
				throw new IllegalStateException("Not a PostgreSQL URL: " + url);
			}
			String name = matcher.group(2) + SUFFIX;
			target = matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
			createIfMissing(url, target, name, username, password);
		}
		else {
			var embedded = TestDatabase.embedded();
			username = "postgres";
			password = "";
			String name = "perfeval" + SUFFIX;
			target = embedded.getJdbcUrl(username, name);
			createIfMissing(embedded.getJdbcUrl(username, "postgres"), target, name, username, password);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("generatedDepartmentsDatabase", Map.of("spring.datasource.url", target,
					"spring.datasource.username", username, "spring.datasource.password", password)));
	}

	private static void createIfMissing(String base, String target, String name, String username, String password) {
		try (Connection ignored = DriverManager.getConnection(target, username, password)) {
			return;
		}
		catch (SQLException missing) {
			// 3D000: no such database; anything else is a fault to report.
			if (!"3D000".equals(missing.getSQLState())) {
				throw new IllegalStateException("Cannot reach " + target, missing);
			}
		}
		try (Connection connection = DriverManager.getConnection(base, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No database " + name + " and cannot create it (CI creates it: .ci/run)",
					ex);
		}
	}

}

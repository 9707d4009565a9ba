package io.github.perfeval.support;

import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Object mother for people and departments, and the reset that gives each test an empty
 * database (frameworks and the administrator stay).
 */
public class TestUsers {

	public static final String ADMIN_PASSWORD = "test-admin-password";

	public static final String PASSWORD = "test-password";

	private final UserAccounts accounts;

	private final DepartmentDirectory departments;

	private final JdbcTemplate jdbc;

	TestUsers(UserAccounts accounts, DepartmentDirectory departments, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.departments = departments;
		this.jdbc = jdbc;
	}

	public void reset() {
		// The audit trail refuses deletes (and keeps evaluations with a record): tests
		// start
		// afresh with a truncate, which an application never issues.
		jdbc.execute("truncate table audit_event, evaluation cascade");
		jdbc.execute("truncate table admin_event");
		jdbc.execute("delete from export_job");
		// The administrator stays, but not their API tokens.
		jdbc.execute("delete from api_token");
		jdbc.execute("delete from app_user where username <> 'admin'");
		jdbc.update("update app_user set enabled = true, must_change_password = false, role = 'ADMIN'"
				+ " where username = 'admin'");
		jdbc.execute("delete from department");
		// The 单位类型 V20 seeds stay (positions 1 to 5), those a test added go.
		jdbc.execute("delete from department_type where position > 5");
		jdbc.execute("delete from login_throttle");
	}

	public DepartmentRef department(String code, String name) {
		return departments.byCode(code).orElseGet(() -> departments.create(code, name, null));
	}

	public void filler(String username, DepartmentRef department) {
		accounts.create(username, PASSWORD, username, Role.FILLER, Set.of(department.id()));
	}

	public void admin(String username) {
		accounts.create(username, PASSWORD, username, Role.ADMIN, Set.of());
	}

	/** A reviewer of every department. */
	public void reviewer(String username) {
		accounts.create(username, PASSWORD, username, Role.REVIEWER, Set.of());
		accounts.reviewAllDepartments(username, true);
	}

	/** A reviewer of the given department only. */
	public void reviewerOf(String username, DepartmentRef department) {
		accounts.create(username, PASSWORD, username, Role.REVIEWER, Set.of(department.id()));
	}

	/**
	 * Imports a document through the running application's API as the administrator (the
	 * only one whose import may carry a reviewer's 调整得分, as the seeds' does).
	 */
	public static void importAsAdministrator(String baseUrl, String json) {
		org.springframework.web.client.RestClient.create()
			.post()
			.uri(baseUrl + "/api/evaluations")
			.headers(headers -> headers.setBasicAuth("admin", ADMIN_PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toBodilessEntity();
	}

}

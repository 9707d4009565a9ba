package io.github.perfeval.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.perfeval.PerfEvalApplication;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestDatabase;
import io.github.perfeval.support.TestUsers;
import io.github.perfeval.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application (two contexts on random ports in this JVM) on one
 * PostgreSQL, as behind a round-robin proxy without sticky sessions: a session (its
 * login, CSRF token and flash attributes) opened on A serves on B, a lock after failed
 * logins on A holds on B, export jobs started on A run once each while both instances
 * have workers, and a framework draft edited through A is seen as edited on B.
 */
class ScaleOutTests {

	private static final Pattern SECRET = Pattern.compile("pe_[A-Za-z0-9_-]{43}");

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static String urlA;

	private static String urlB;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startTwoInstances() {
		a = start("a");
		b = start("b");
		urlA = "http://localhost:" + a.getEnvironment().getProperty("local.server.port");
		urlB = "http://localhost:" + b.getEnvironment().getProperty("local.server.port");
		jdbc = a.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	private static ConfigurableApplicationContext start(String name) {
		// Arguments, as a deployment passes them: they override application.properties.
		return new SpringApplicationBuilder(PerfEvalApplication.class, TestDatabase.class).run("--server.port=0",
				"--spring.application.name=perf-eval-" + name, "--perfeval.admin.username=admin",
				"--perfeval.admin.password=" + TestUsers.ADMIN_PASSWORD, "--perfeval.exports.workers=2",
				"--perfeval.exports.poll-interval=100ms");
	}

	@Test
	void aSessionOpenedOnOneInstanceServesOnTheOther() {
		WebSession onA = WebSession.logIn(urlA, "admin", TestUsers.ADMIN_PASSWORD);
		WebSession onB = onA.on(urlB);

		HttpResponse<String> tokens = onB.get("/account/tokens");
		assertThat(tokens.statusCode()).as(WebSession.describe(tokens)).isEqualTo(200);
		assertThat(tokens.body()).contains("API 令牌");
		// A form posted on B with the CSRF token of B's page, its flash attribute (the
		// new
		// token, shown once) read on A.
		String name = "scale-out-" + UUID.randomUUID().toString().substring(0, 8);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		HttpResponse<String> created = onB.post("/account/tokens", form);
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/account/tokens");
		HttpResponse<String> shown = onA.get("/account/tokens");
		assertThat(shown.body()).contains(name);
		Matcher secret = SECRET.matcher(shown.body());
		assertThat(secret.find()).as("the new token shown once on A").isTrue();
		assertThat(onB.get("/account/tokens").body()).contains(name).doesNotContain(secret.group());
		assertThat(jdbc.queryForObject(
				"select count(*) from spring_session where principal_name = 'admin' and session_id is not null",
				Long.class))
			.isPositive();
	}

	@Test
	void aUserDisabledOnOneInstanceIsSignedOutOnTheOther() {
		String username = "scaleout-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "Scale-Out-Passw0rd";
		WebSession.basic(urlA, "admin", TestUsers.ADMIN_PASSWORD, "/api/admin/users", "{\"username\":\"" + username
				+ "\",\"password\":\"" + password + "\",\"displayName\":\"扩展\",\"role\":\"REVIEWER\"}");
		WebSession onA = WebSession.logIn(urlA, username, password);
		assertThat(onA.on(urlB).get("/").statusCode()).isEqualTo(200);
		a.getBean(UserAccounts.class).setEnabled(username, false, "admin");
		HttpResponse<String> onB = onA.on(urlB).get("/");
		assertThat(onB.headers().firstValue("Location").orElse("")).endsWith("/login?disabled");
		// Signed out everywhere: the session is gone from the database. (Other tests'
		// TestUsers.reset() removes the user.)
		assertThat(onA.get("/").headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void aLockAfterFailedLoginsOnOneInstanceHoldsOnTheOther() {
		String username = "scaleout-" + UUID.randomUUID().toString().substring(0, 8);
		try {
			for (int i = 0; i < 4; i++) {
				HttpResponse<String> failed = WebSession.attemptLogIn(urlA, username, "wrong-password-" + i);
				assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
			}
			// The fifth failure locks the name.
			WebSession.attemptLogIn(urlA, username, "wrong-password-4");
			HttpResponse<String> onB = WebSession.attemptLogIn(urlB, username, "wrong-password-5");
			assertThat(onB.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
			HttpResponse<String> onA = WebSession.attemptLogIn(urlA, username, "wrong-password-6");
			assertThat(onA.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
		}
		finally {
			jdbc.update("delete from login_throttle where key = ? or kind = 'ADDRESS'", username);
		}
	}

	@Test
	void exportJobsStartedOnOneInstanceRunOnceEachWhileBothHaveWorkers() throws InterruptedException {
		try {
			TestUsers.importAsAdministrator(urlA, SeedCases.text(SeedCases.LUOHU));
		}
		catch (RuntimeException alreadyThere) {
			// Another test imported it: the export needs one evaluation, not a new one.
		}
		WebSession onA = WebSession.logIn(urlA, "admin", TestUsers.ADMIN_PASSWORD);
		onA.get("/exports");
		long before = jdbc.queryForObject("select coalesce(max(id), 0) from export_job", Long.class);
		for (int i = 0; i < 6; i++) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("kind", "RESULTS_XLSX");
			form.add("year", "2024");
			assertThat(onA.post("/exports", form).headers().firstValue("Location").orElse(""))
				.endsWith("/exports?kind=RESULTS_XLSX&year=2024");
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		List<Map<String, Object>> jobs = List.of();
		while (Instant.now().isBefore(deadline)) {
			jobs = jdbc.queryForList(
					"select id, status, attempts, claimed_by from export_job where id > ? and requested_by = 'admin'"
							+ " order by id",
					before);
			if (jobs.size() == 6 && jobs.stream().allMatch(job -> "DONE".equals(job.get("status")))) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(jobs).hasSize(6).allSatisfy(job -> {
			assertThat(job.get("status")).isEqualTo("DONE");
			assertThat(job.get("attempts")).as("claimed once: %s", job).isEqualTo(1);
		});
		List<String> workers = new ArrayList<>();
		jobs.forEach(job -> workers.add(String.valueOf(job.get("claimed_by"))));
		System.out.println("Export jobs " + jobs.get(0).get("id") + "… run by " + workers);
		// The file is in the database: B serves what A's worker (or B's) wrote.
		HttpResponse<String> download = onA.on(urlB).get("/exports/" + jobs.get(0).get("id") + "/download");
		assertThat(download.statusCode()).as(WebSession.describe(download)).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
	}

	@Test
	void aFrameworkDraftEditedThroughOneInstanceIsSeenFreshOnTheOther() {
		WebSession onA = WebSession.logIn(urlA, "admin", TestUsers.ADMIN_PASSWORD);
		WebSession onB = onA.on(urlB);
		onA.get("/admin/frameworks");
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
		copy.add("source", "SZ-COMMON:1");
		copy.add("asFramework", "false");
		HttpResponse<String> copied = onA.post("/admin/frameworks/drafts", copy);
		String location = copied.headers().firstValue("Location").orElse("");
		assertThat(location).as(WebSession.describe(copied)).contains("/admin/frameworks/drafts/");
		long draft = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		try {
			String first = "决策（第一次修改）";
			String second = "决策（第二次修改）";
			// B reads the draft (and would keep whatever it caches), then A edits it
			// twice.
			assertThat(onB.get("/admin/frameworks/drafts/" + draft).body()).doesNotContain(first);
			edit(onA, draft, first);
			assertThat(onB.get("/admin/frameworks/drafts/" + draft).body()).contains(first);
			edit(onA, draft, second);
			assertThat(onB.get("/admin/frameworks/drafts/" + draft).body()).contains(second).doesNotContain(first);
			assertThat(onB.get("/admin/frameworks").body()).contains("admin");
		}
		finally {
			jdbc.update("delete from framework_draft where id = ?", draft);
		}
	}

	private static void edit(WebSession session, long draft, String name) {
		String page = session.get("/admin/frameworks/drafts/" + draft).body();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", String.valueOf(WebSession.version(page)));
		form.add("op", "save");
		form.add("values[/indicators/0/name]", name);
		HttpResponse<String> saved = session.post("/admin/frameworks/drafts/" + draft, form);
		assertThat(saved.statusCode()).as(WebSession.describe(saved)).isEqualTo(302);
	}

}

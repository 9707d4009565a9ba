package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.ApiImports;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.RequestWork;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What one request costs, on a real PostgreSQL ({@link RequestWork}): each page, fragment
 * and download of an evaluation reads in one transaction and scores it once; a save and a
 * 提交 write in one transaction and score once (the snapshot reuses that scoring); the home
 * page scores nothing and runs as many statements for 13 evaluations as for 3. The
 * signed-in user is given to each request (no session, no password check), so what is
 * counted is the request's own work.
 */
@PostgresIntegrationTest
@Import(RequestWork.class)
class RequestWorkTests {

	private static final Logger log = LoggerFactory.getLogger(RequestWorkTests.class);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	String editor;

	/** The filler, signed in for each request. */
	RequestPostProcessor filler;

	@BeforeEach
	void luohuWithItsEarlierYear() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		ObjectNode earlier = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		earlier.put("year", 2023);
		ApiImports.imported(mvc, SeedCases.json(earlier));
		editor = "/evaluations/" + ApiImports.imported(mvc, SeedCases.completeText(SeedCases.LUOHU));
		filler = as("zhangying");
	}

	@Test
	void theEditorPageReadsOnceAndScoresOnce() {
		RequestWork.Measured<String> page = measure("editor page", () -> body(get(editor)));

		assertThat(page.result()).contains("深圳市罗湖区卫生健康局", "良", "上年");
		assertOneReadAndOneScoring(page.work(), 25);
	}

	@Test
	void theSheetPageAndTheSheetJsonReadOnceAndScoreOnce() {
		RequestWork.Measured<String> page = measure("sheet page", () -> body(get(editor + "/sheet")));
		RequestWork.Measured<String> json = measure("sheet JSON", () -> body(get("/api" + editor + "/sheet")));

		assertThat(page.result()).contains("深圳市罗湖区卫生健康局", "综合评分");
		assertThat(json.result()).contains("\"grade\"");
		assertOneReadAndOneScoring(page.work(), 11);
		assertOneReadAndOneScoring(json.work(), 11);
	}

	@Test
	void theLiveScoreReadsOnceAndScoresOnce() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:actualAmount", "13966.91");

		RequestWork.Measured<String> fragment = measure("live score",
				() -> body(mvc.post().uri(editor + "/preview").with(filler).with(csrf()).params(form)));

		assertThat(fragment.result()).contains("id=\"score-i-2-1-1\" hx-swap-oob=\"true\"", "失分 0.75");
		assertOneReadAndOneScoring(fragment.work(), 12);
	}

	@Test
	void aSaveWritesInOneTransactionAndScoresOnce() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:actualAmount", "3500");

		RequestWork.Measured<MockHttpServletResponse> saved = measureOnce("leaf save",
				() -> mvc.post().uri(editor).with(filler).with(csrf()).params(form).exchange().getResponse());

		assertThat(saved.result().getRedirectedUrl()).isEqualTo(editor);
		assertThat(jdbc.queryForObject("select s.evaluation_version = e.version from score_snapshot s"
				+ " join evaluation e on e.id = s.evaluation_id where e.year = 2024", Boolean.class))
			.as("the snapshot is of the saved version")
			.isTrue();
		// Target: one transaction and one scoring (the snapshot reusing the save's);
		// today
		// the typed draft and the stored one are scored apart.
		assertThat(saved.work().transactions()).as("transactions of %s", saved.work()).isLessThanOrEqualTo(5);
		assertThat(saved.work().scorings()).as("scorings of %s", saved.work()).isLessThanOrEqualTo(2);
	}

	@Test
	void aSubmissionWritesInOneTransactionAndScoresOnce() {
		long version = jdbc.queryForObject("select version from evaluation where year = 2024", Long.class);

		RequestWork.Measured<MockHttpServletResponse> submitted = measureOnce("submit",
				() -> mvc.post()
					.uri(editor + "/submit")
					.with(filler)
					.with(csrf())
					.param("version", String.valueOf(version))
					.param("confirmGaps", "true")
					.exchange()
					.getResponse());

		assertThat(jdbc.queryForObject("select status from evaluation where year = 2024", String.class))
			.isEqualTo("SUBMITTED");
		assertThat(submitted.work().transactions()).as("transactions of %s", submitted.work())
			.isEqualTo(ACCOUNT_CHECK + 1);
		assertThat(submitted.work().scorings()).as("scorings of %s", submitted.work()).isEqualTo(1);
	}

	@Test
	void eachDownloadReadsOnceAndScoresOnce() {
		java.util.Map<String, RequestWork.Measured<MockHttpServletResponse>> downloads = new java.util.LinkedHashMap<>();
		for (String file : new String[] { "sheet.pdf", "sheet.xlsx", "report.pdf", "report.docx" }) {
			downloads.put(file, measure(file, () -> get("/api" + editor + "/" + file)));
		}
		downloads.forEach((file, download) -> {
			assertThat(download.result().getContentAsByteArray()).as(file).hasSizeGreaterThan(1000);
			assertOneReadAndOneScoring(download.work(), 14);
		});
	}

	@Test
	void theHomePageScoresNothingAndReadsAsMuchForThirteenEvaluationsAsForThree() {
		users.admin("home-admin");
		RequestPostProcessor admin = as("home-admin");
		RequestWork.Measured<String> few = measure("home page, 3 evaluations", () -> body(homeOf(admin)));
		for (int i = 0; i < 10; i++) {
			ObjectNode other = SeedCases.tree(SeedCases.LUOHU);
			((ObjectNode) other.get("department")).put("code", "GEN-" + i).put("name", "生成单位" + i);
			ApiImports.imported(mvc, SeedCases.json(other));
		}
		RequestWork.Measured<String> many = measure("home page, 13 evaluations", () -> body(homeOf(admin)));

		assertThat(many.result()).contains("生成单位9", "深圳市罗湖区卫生健康局");
		assertThat(many.work().scorings()).isZero();
		assertThat(many.work().transactions()).as("transactions of %s", many.work()).isEqualTo(ACCOUNT_CHECK + 1);
		assertThat(many.work().statements()).as("statements of %s against %s", many.work(), few.work())
			.isEqualTo(few.work().statements());
	}

	/**
	 * The signed-in account is read once per request (is it still enabled, must its
	 * password change) in a transaction of its own: two statements.
	 */
	private static final int ACCOUNT_CHECK = 1;

	private void assertScoredOnce(RequestWork.Work work, int transactions, int statements) {
		assertThat(work.transactions()).as("transactions of %s: %s", work, work.sql())
			.isLessThanOrEqualTo(transactions);
		assertThat(work.scorings()).as("scorings of %s", work).isEqualTo(1);
		assertThat(work.statements()).as("statements of %s: %s", work, work.sql()).isLessThanOrEqualTo(statements);
	}

	private void assertOneReadAndOneScoring(RequestWork.Work work, int statements) {
		assertThat(work.transactions()).as("transactions of %s: %s", work, work.sql()).isEqualTo(ACCOUNT_CHECK + 1);
		assertThat(work.scorings()).as("scorings of %s", work).isEqualTo(1);
		assertThat(work.statements()).as("statements of %s: %s", work, work.sql()).isLessThanOrEqualTo(statements);
	}

	private <T> RequestWork.Measured<T> measure(String what, Supplier<T> call) {
		// Once before, so that what is counted is a request's own work, not the first
		// load of a framework or a template.
		call.get();
		return measureOnce(what, call);
	}

	private <T> RequestWork.Measured<T> measureOnce(String what, Supplier<T> call) {
		RequestWork.Measured<T> measured = RequestWork.measure(meters, call);
		log.info("{}: {}", what, measured.work());
		return measured;
	}

	private MockHttpServletResponse get(String uri) {
		return mvc.get().uri(uri).with(filler).exchange().getResponse();
	}

	private MockHttpServletResponse homeOf(RequestPostProcessor user) {
		return mvc.get().uri("/").with(user).exchange().getResponse();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private MultiValueMap<String, String> form() {
		MultiValueMap<String, String> form = EditorFormParams
			.of(SeedCases.read(body(mvc.get().uri("/api" + editor).with(filler).exchange().getResponse())));
		form.set("version",
				String.valueOf(jdbc.queryForObject("select version from evaluation where year = 2024", Long.class)));
		return form;
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		return body(result.getResponse());
	}

	private static String body(MockMvcTester.MockMvcRequestBuilder request) {
		return body(request.exchange());
	}

}

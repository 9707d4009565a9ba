package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;
import io.github.perfeval.evaluation.SnapshotRefresh;
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

	@Autowired
	ScoreSnapshots snapshots;

	@Autowired
	SnapshotRefresh refresh;

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
		assertThat(jdbc.queryForObject("select inputs from leaf_entry l join evaluation e"
				+ " on e.id = l.evaluation_id where e.year = 2024 and l.code = '2.1.1'", String.class))
			.contains("3500");
		assertThat(saved.work().transactions()).as("transactions of %s: %s", saved.work(), saved.work().sql())
			.isEqualTo(ACCOUNT_CHECK + 1);
		// The stored draft is scored once: the notice counts its problems and the
		// snapshot takes it.
		assertThat(saved.work().scorings()).as("scorings of %s", saved.work()).isEqualTo(1);
		assertThat(saved.work().statements()).as("statements of %s: %s", saved.work(), saved.work().sql())
			.isLessThanOrEqualTo(SAVE_STATEMENTS);
		// One leaf changed: its row is updated, no other leaf's row is written.
		assertThat(saved.work().sql()).as("leaf rows written by %s", saved.work())
			.filteredOn(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("leaf_entry")
					&& !sql.toLowerCase(java.util.Locale.ROOT).startsWith("select"))
			.singleElement()
			.asString()
			.startsWithIgnoringCase("update leaf_entry");
		assertTheSnapshotIsAFreshScoreOfTheSavedVersion();
	}

	@Test
	void aSaveKeepingAnInvalidValueAsTypedScoresOnceAndCountsIt() {
		MultiValueMap<String, String> form = form();
		form.set("in:2.1.1:actualAmount", "95%");

		RequestWork.Measured<org.springframework.test.web.servlet.assertj.MvcTestResult> saved = measureOnce(
				"leaf save, invalid value",
				() -> mvc.post().uri(editor).with(filler).with(csrf()).params(form).exchange());

		assertThat(saved.result()).hasStatus3xxRedirection().redirectedUrl().isEqualTo(editor);
		assertThat(saved.result()).flash().containsEntry("warning", "草稿已保存，但有 1 处填写有误：错误的值按原样保存并已标出，请按下面的列表逐项修改。");
		assertThat(saved.work().transactions()).as("transactions of %s: %s", saved.work(), saved.work().sql())
			.isEqualTo(ACCOUNT_CHECK + 1);
		assertThat(saved.work().scorings()).as("scorings of %s", saved.work()).isEqualTo(1);
		assertTheSnapshotIsAFreshScoreOfTheSavedVersion();
	}

	@Test
	void aSaveThatCannotStoreEverythingScoresWhatWasTypedApartInTheSameTransaction() {
		MultiValueMap<String, String> form = form();
		form.set("unit:2:finalAccounts", "19,608.5x");
		form.set("in:2.1.1:actualAmount", "4000");

		RequestWork.Measured<MockHttpServletResponse> saved = measureOnce("leaf save, 表 1-1 not stored",
				() -> mvc.post().uri(editor).with(filler).with(csrf()).params(form).exchange().getResponse());

		assertThat(body(saved.result())).contains("下面标出的内容未能保存（仍是上次保存的内容）", "value=\"19,608.5x\"");
		assertThat(saved.work().transactions()).as("transactions of %s: %s", saved.work(), saved.work().sql())
			.isEqualTo(ACCOUNT_CHECK + 1);
		// The stored draft for the snapshot, the typed one for the page.
		assertThat(saved.work().scorings()).as("scorings of %s", saved.work()).isEqualTo(2);
		assertTheSnapshotIsAFreshScoreOfTheSavedVersion();
	}

	@Test
	void aStaleSaveWritesNothingAndScoresWhatWasTypedOnce() {
		MultiValueMap<String, String> first = form();
		MultiValueMap<String, String> stale = form();
		first.set("in:2.1.1:actualAmount", "5000");
		mvc.post().uri(editor).with(filler).with(csrf()).params(first).exchange();
		stale.set("in:2.1.1:actualAmount", "6000");

		RequestWork.Measured<MockHttpServletResponse> refused = measureOnce("stale leaf save",
				() -> mvc.post().uri(editor).with(filler).with(csrf()).params(stale).exchange().getResponse());

		assertThat(body(refused.result())).contains("他人已修改并保存了这份自评", "value=\"6000\"");
		// The save's transaction, rolled back, then the page's read.
		assertThat(refused.work().transactions()).as("transactions of %s", refused.work()).isEqualTo(ACCOUNT_CHECK + 2);
		assertThat(refused.work().scorings()).as("scorings of %s", refused.work()).isEqualTo(1);
		assertTheSnapshotIsAFreshScoreOfTheSavedVersion();
	}

	/**
	 * The snapshot a save left is of the version stored and equals, line by line, the one
	 * a fresh scoring writes.
	 */
	private void assertTheSnapshotIsAFreshScoreOfTheSavedVersion() {
		long id = jdbc.queryForObject("select id from evaluation where year = 2024", Long.class);
		long version = jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
		ScoreSnapshot stored = snapshots.of(id).orElseThrow();
		assertThat(stored.evaluationVersion()).as("the snapshot is of the saved version").isEqualTo(version);
		jdbc.update("delete from score_snapshot where evaluation_id = ?", id);
		assertThat(refresh.refreshStale()).isEqualTo(1);
		assertThat(snapshots.of(id)).contains(stored);
	}

	/**
	 * What a leaf save of 罗湖 runs: the account check (1), the evaluation with its
	 * department, framework and parts (9), its update, the changed leaf's row (1), the
	 * record (1) and the snapshot (3); 61 in 5 transactions with 2 scorings at first, 40
	 * while every leaf's row was deleted and inserted again.
	 */
	private static final int SAVE_STATEMENTS = 16;

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
	void theTemplateDownloadScoresNothingAndItsUploadChecksAndSavesInOneTransaction() {
		RequestWork.Measured<MockHttpServletResponse> template = measure("template.xlsx",
				() -> get(editor + "/template.xlsx"));
		byte[] file = template.result().getContentAsByteArray();
		long version = jdbc.queryForObject("select version from evaluation where year = 2024", Long.class);

		RequestWork.Measured<MockHttpServletResponse> uploaded = measureOnce("template upload",
				() -> mvc.post()
					.uri(editor + "/template.xlsx")
					.multipart()
					.file(new org.springframework.mock.web.MockMultipartFile("file", "罗湖-2024-填报模板.xlsx",
							RawDataWorkbookController.XLSX.toString(), file))
					.param("version", String.valueOf(version))
					.with(filler)
					.with(csrf())
					.exchange()
					.getResponse());

		assertThat(file).hasSizeGreaterThan(1000);
		assertThat(template.work().scorings()).as("scorings of %s", template.work()).isZero();
		assertThat(template.work().transactions()).as("transactions of %s", template.work())
			.isEqualTo(ACCOUNT_CHECK + 1);
		assertThat(uploaded.result().getRedirectedUrl()).isEqualTo(editor);
		// Checked with the draft (one scoring), saved and scored as stored (one more).
		assertThat(uploaded.work().transactions()).as("transactions of %s: %s", uploaded.work(), uploaded.work().sql())
			.isEqualTo(ACCOUNT_CHECK + 1);
		assertThat(uploaded.work().scorings()).as("scorings of %s", uploaded.work()).isEqualTo(2);
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

	@Test
	void theApiListReadsAsMuchForThirteenEvaluationsAsForThree() {
		users.admin("list-admin");
		RequestPostProcessor admin = as("list-admin");
		RequestWork.Measured<String> few = measure("API list, 3 evaluations",
				() -> body(mvc.get().uri("/api/evaluations").with(admin).exchange().getResponse()));
		for (int i = 0; i < 10; i++) {
			ObjectNode other = SeedCases.tree(SeedCases.LUOHU);
			((ObjectNode) other.get("department")).put("code", "GEN-" + i).put("name", "生成单位" + i);
			ApiImports.imported(mvc, SeedCases.json(other));
		}
		RequestWork.Measured<String> many = measure("API list, 13 evaluations",
				() -> body(mvc.get().uri("/api/evaluations").with(admin).exchange().getResponse()));

		assertThat(many.result()).contains("生成单位9", "深圳市罗湖区卫生健康局");
		assertThat(many.work().scorings()).isZero();
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

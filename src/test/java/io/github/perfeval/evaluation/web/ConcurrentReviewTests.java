package io.github.perfeval.evaluation.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.ApiTokens;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.Race;
import io.github.perfeval.support.Responses;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.ServerTest;
import io.github.perfeval.support.TestUsers;
import io.github.perfeval.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow's acts at the same moment: fillers submitting, reviewers approving and
 * returning, fillers answering one remark. One act lands, the others are refused in
 * Chinese; never a double transition, a double answer or a failure, and the record holds
 * the one that landed.
 */
@ServerTest
class ConcurrentReviewTests {

	static final int CLIENTS = 10;

	static final String REVIEW_STALE = "未执行：在您打开本页后这份自评已有变动，请刷新后重试。";

	private static final Logger log = LoggerFactory.getLogger(ConcurrentReviewTests.class);

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	List<String> reviewers = new ArrayList<>();

	@BeforeEach
	void luohuImported() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("filler0", luohu);
		users.filler("filler1", luohu);
		reviewers.clear();
		for (int i = 0; i < 5; i++) {
			users.reviewer("reviewer" + i);
			reviewers.add(tokens.create("reviewer" + i, "脚本").secret());
		}
		TestUsers.importAsAdministrator(base(), SeedCases.completeText(SeedCases.LUOHU));
		id = jdbc.queryForObject("select id from evaluation", Long.class);
	}

	@Test
	void fillersSubmittingAtOnceSubmitOnce() {
		List<WebSession> sessions = fillerSessions();
		long version = version();
		sessions.forEach(session -> session.get("/evaluations/" + id));
		long before = lastLine();

		List<HttpResponse<String>> responses = Race.times(CLIENTS,
				n -> sessions.get(n).post("/evaluations/" + id + "/submit", form("version", version)));

		List<String> told = toldAfterwards(sessions, responses, "/evaluations/" + id);
		log.info("{} sessions submitting at once: {}", CLIENTS, tally(told));
		assertThat(told).filteredOn("已提交，等待审核。"::equals).hasSize(1);
		int winner = told.indexOf("已提交，等待审核。");
		assertThat(told).filteredOn(message -> !message.equals("已提交，等待审核。"))
			.containsOnly("未提交：在您打开本页后这份自评已有变动（他人保存或已提交），请查看最新内容后再提交。");
		assertThat(status()).isEqualTo("SUBMITTED");
		assertThat(recordAfter(before)).singleElement()
			.satisfies(line -> assertThat(line).startsWith("submit filler" + winner % 2 + " ")
				.endsWith(" status.level1 DRAFT → SUBMITTED"));
	}

	@Test
	void reviewersApprovingAndReturningAtOnceMoveItOnce() {
		submit();
		long version = version();
		long before = lastLine();

		List<HttpResponse<String>> responses = Race.times(CLIENTS,
				n -> WebSession.api(base(), reviewers.get(n % reviewers.size()),
						"/api/evaluations/" + id + (n % 2 == 0 ? "/approve" : "/return"),
						"{\"version\": " + version + ", \"reason\": \"第 " + n + " 份意见\"}"));

		log.info("{} reviewers approving and returning at once: {}", CLIENTS, Responses.counts(responses));
		Map<Integer, List<Integer>> byStatus = Responses.byStatus(responses);
		assertThat(byStatus.keySet()).as(Responses.otherThan(responses, 200, 409)).containsOnly(200, 409);
		assertThat(byStatus.get(200)).hasSize(1);
		int winner = byStatus.get(200).get(0);
		for (int refused : byStatus.get(409)) {
			assertThat(SeedCases.read(responses.get(refused).body()).get("errors").get(0).get("message").asString())
				.isEqualTo(REVIEW_STALE);
		}
		boolean approved = winner % 2 == 0;
		assertThat(status()).isEqualTo(approved ? "APPROVED" : "RETURNED");
		assertThat(version()).isEqualTo(version + 1);
		assertThat(recordAfter(before)).containsExactly((approved ? "approve" : "return") + " reviewer"
				+ winner % reviewers.size() + " 第 " + winner + " 份意见 - status SUBMITTED → " + status());
	}

	@Test
	void fillersAnsweringOneRemarkAtOnceAnswerItOnce() {
		submit();
		WebSession reviewer = WebSession.logIn(base(), "reviewer0", TestUsers.PASSWORD);
		long version = WebSession.version(reviewer.get("/evaluations/" + id + "/review").body());
		MultiValueMap<String, String> remark = form("version", version);
		remark.add("code", "2.1.1");
		remark.add("text", "实际采购金额与采购计划差距较大，请说明");
		reviewer.post("/evaluations/" + id + "/review/comments", remark);
		HttpResponse<String> returned = WebSession.api(base(), reviewers.get(0), "/api/evaluations/" + id + "/return",
				"{\"version\": " + version() + ", \"reason\": \"请答复审核意见\"}");
		assertThat(returned.statusCode()).as(WebSession.describe(returned)).isEqualTo(200);
		long comment = jdbc.queryForObject("select id from review_comment where code = '2.1.1'", Long.class);
		List<WebSession> sessions = fillerSessions();
		sessions.forEach(session -> session.get("/evaluations/" + id));
		long before = lastLine();

		List<HttpResponse<String>> responses = Race.times(CLIENTS, n -> sessions.get(n)
			.post("/evaluations/" + id + "/answers/" + comment, form("text", "第 " + n + " 份情况说明")));

		List<String> told = toldAfterwards(sessions, responses, "/evaluations/" + id);
		log.info("{} sessions answering one remark at once: {}", CLIENTS, tally(told));
		assertThat(told).filteredOn("已提交情况说明。"::equals).hasSize(1);
		int winner = told.indexOf("已提交情况说明。");
		assertThat(told).filteredOn(message -> !message.equals("已提交情况说明。"))
			.isSubsetOf("这条审核意见已经答复过，每轮只能答复一次。", REVIEW_STALE);
		assertThat(jdbc.queryForObject("select replied_by || ' ' || reply from review_comment where id = ?",
				String.class, comment))
			.isEqualTo("filler" + winner % 2 + " 第 " + winner + " 份情况说明");
		assertThat(recordAfter(before))
			.containsExactly("ANSWER filler" + winner % 2 + " 第 " + winner + " 份情况说明 2.1.1 - - → -");
	}

	/**
	 * Each post / redirect / get as the person sees it: the notice or error the page then
	 * shows. Fails on any response that is not the redirect back.
	 */
	private List<String> toldAfterwards(List<WebSession> sessions, List<HttpResponse<String>> responses, String page) {
		assertThat(Responses.counts(responses).keySet()).as(Responses.otherThan(responses, 302)).containsOnly(302);
		List<String> told = new ArrayList<>();
		for (WebSession session : sessions) {
			told.add(alert(session.get(page).body()));
		}
		return told;
	}

	private static String alert(String html) {
		java.util.regex.Matcher alert = java.util.regex.Pattern
			.compile("<div class=\"alert (?:ok|error|warn)\">([^<]*)</div>")
			.matcher(html);
		return alert.find() ? alert.group(1) : "(no notice: " + WebSession.excerpt(html) + ")";
	}

	private static Map<String, Long> tally(List<String> told) {
		return told.stream()
			.collect(java.util.stream.Collectors.groupingBy(message -> message, java.util.TreeMap::new,
					java.util.stream.Collectors.counting()));
	}

	private void submit() {
		WebSession filler = WebSession.logIn(base(), "filler0", TestUsers.PASSWORD);
		filler.get("/evaluations/" + id);
		HttpResponse<String> submitted = filler.post("/evaluations/" + id + "/submit", form("version", version()));
		assertThat(submitted.statusCode()).as(WebSession.describe(submitted)).isEqualTo(302);
		assertThat(status()).isEqualTo("SUBMITTED");
	}

	private List<WebSession> fillerSessions() {
		return Race.times(CLIENTS, n -> WebSession.logIn(base(), "filler" + n % 2, TestUsers.PASSWORD));
	}

	private List<String> recordAfter(long line) {
		return jdbc.queryForList("select action || ' ' || actor || ' ' || coalesce(detail, '-') || ' '"
				+ " || coalesce(leaf_code, '-') || ' ' || coalesce(field, '-') || ' '"
				+ " || coalesce(old_value, '-') || ' → ' || coalesce(new_value, '-') from audit_event"
				+ " where evaluation_id = ? and id > ? order by id", String.class, id, line);
	}

	private long lastLine() {
		return jdbc.queryForObject("select max(id) from audit_event", Long.class);
	}

	private String status() {
		return jdbc.queryForObject("select status from evaluation where id = ?", String.class, id);
	}

	private long version() {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, id);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static MultiValueMap<String, String> form(String name, Object value) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add(name, String.valueOf(value));
		return form;
	}

}

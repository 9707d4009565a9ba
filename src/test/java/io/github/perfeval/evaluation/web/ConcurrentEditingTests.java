package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty people saving the same evaluation at the same moment, over real HTTP: through the
 * editor page (signed in on the login page, with the version and CSRF token the page gave
 * them) and through the API (调整得分 with a bearer token). A save lands or is refused with
 * the conflict message, never a failure; what is stored is exactly one landed save, and
 * the record holds exactly the landed saves, their old → new values chaining.
 */
@ServerTest
class ConcurrentEditingTests {

	static final int CLIENTS = 50;

	/**
	 * Those who re-read and retry: fewer, as each reads and saves up to {@link #TRIES}
	 * times.
	 */
	static final int REREADING = 20;

	static final int TRIES = 4;

	static final String STALE = "保存失败：在您打开本页后，他人已修改并保存了这份自评。为避免覆盖他人的修改，本次未保存；您填写的内容仍在页面上，请刷新查看最新内容后再填。";

	static final String REVIEW_STALE = "未执行：在您打开本页后这份自评已有变动，请刷新后重试。";

	private static final Logger log = LoggerFactory.getLogger(ConcurrentEditingTests.class);

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	MultiValueMap<String, String> exported;

	/** The last line the import wrote into the record. */
	long imported;

	@BeforeEach
	void luohuAndFiveFillers() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		for (int i = 0; i < 5; i++) {
			users.filler("filler" + i, luohu);
		}
		TestUsers.importAsAdministrator(base(), SeedCases.text(SeedCases.LUOHU));
		id = jdbc.queryForObject("select id from evaluation", Long.class);
		imported = lastLine();
		exported = EditorFormParams.of(SeedCases
			.read(WebSession.basic(base(), "admin", TestUsers.ADMIN_PASSWORD, "/api/evaluations/" + id, null).body()));
	}

	@Test
	void fiftySessionsSavingFromTheSameVersionLandOnceAndTheRestAreToldSo() {
		long started = System.nanoTime();
		List<WebSession> sessions = fillerSessions(CLIENTS);
		long signedIn = System.nanoTime();
		List<Long> read = Race.times(CLIENTS,
				n -> WebSession.version(sessions.get(n).get("/evaluations/" + id).body()));
		long version = read.get(0);
		assertThat(read).containsOnly(version);
		long opened = System.nanoTime();

		List<Save> saves = Race.times(CLIENTS, n -> save(sessions.get(n), n, version));

		log.info(
				"{} sessions saved from version {} at once: {} (signing in {} ms, opening the editor {} ms,"
						+ " saving {} ms)",
				CLIENTS, version, tally(saves), (signedIn - started) / 1_000_000, (opened - signedIn) / 1_000_000,
				(System.nanoTime() - opened) / 1_000_000);
		assertThat(unexpected(saves)).isEmpty();
		List<Save> landed = landed(saves);
		assertThat(landed).as("saves based on the same version: exactly one lands").hasSize(1);
		Save winner = landed.get(0);
		saves.stream().filter(save -> save.outcome() == Outcome.STALE).forEach(save -> {
			// The conflict page keeps what this person typed.
			assertThat(save.body()).contains("value=\"" + save.value() + "\"");
		});
		assertThat(sessions.get(winner.client()).get("/evaluations/" + id).body()).contains("已保存。");
		assertThat(storedActualAmount()).isEqualByComparingTo(winner.value());
		assertThat(storedVersion()).isEqualTo(version + 1);
		assertThat(recordAfter(imported))
			.containsExactly("CHANGED " + winner.actor() + " draft 2.1.1 actualAmount 3418.63 → " + winner.value());
	}

	@Test
	void sessionsThatReReadBeforeSavingLandInSequenceEachOnRecordOnce() {
		List<WebSession> sessions = fillerSessions(REREADING);
		long initial = storedVersion();

		List<List<Save>> attempts = Race.times(REREADING, n -> {
			// Each reads the page just before saving and, told of a conflict, reads
			// it again and saves again, as a person would.
			List<Save> mine = new ArrayList<>();
			for (int attempt = 0; attempt < TRIES; attempt++) {
				long version = WebSession.version(sessions.get(n).get("/evaluations/" + id).body());
				Save save = save(sessions.get(n), n, version);
				mine.add(save);
				if (save.outcome() != Outcome.STALE) {
					break;
				}
			}
			return mine;
		});

		List<Save> saves = attempts.stream().flatMap(List::stream).toList();
		List<Save> landed = landed(saves);
		log.info("{} sessions, each re-reading the version before saving (up to {} tries): {}; {} versions moved",
				REREADING, TRIES, tally(saves), storedVersion() - initial);
		assertThat(unexpected(saves)).isEmpty();
		assertThat(landed).isNotEmpty();
		assertThat(landed.stream().map(Save::version).distinct())
			.as("no two landed saves were based on the same version (no lost update)")
			.hasSize(landed.size());
		List<Save> inOrder = landed.stream().sorted(Comparator.comparingLong(Save::version)).toList();
		List<String> chain = new ArrayList<>();
		String before = "3418.63";
		for (Save save : inOrder) {
			chain.add("CHANGED " + save.actor() + " draft 2.1.1 actualAmount " + before + " → " + save.value());
			before = save.value();
		}
		assertThat(recordAfter(imported)).containsExactlyElementsOf(chain);
		assertThat(storedActualAmount()).isEqualByComparingTo(inOrder.get(inOrder.size() - 1).value());
		assertThat(storedVersion()).isEqualTo(initial + landed.size());
		assertThat(inOrder.get(inOrder.size() - 1).version()).isEqualTo(initial + landed.size() - 1);
	}

	@Test
	void fiftyOverridesThroughTheApiFromTheSameVersionLandOnce() {
		WebSession filler = WebSession.logIn(base(), "filler0", TestUsers.PASSWORD);
		long draft = WebSession.version(filler.get("/evaluations/" + id).body());
		MultiValueMap<String, String> submit = form("version", draft);
		// The seed's report has empty sections: the filler confirms having seen them.
		submit.add("confirmGaps", "true");
		HttpResponse<String> submitted = filler.post("/evaluations/" + id + "/submit", submit);
		assertThat(submitted.statusCode()).as(WebSession.describe(submitted)).isEqualTo(302);
		long submittedLine = lastLine();
		List<String> secrets = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			users.reviewer("reviewer" + i);
			secrets.add(tokens.create("reviewer" + i, "脚本").secret());
		}
		WebSession reviewer = WebSession.logIn(base(), "reviewer0", TestUsers.PASSWORD);
		long version = WebSession.version(reviewer.get("/evaluations/" + id + "/review").body());

		List<HttpResponse<String>> responses = Race.times(CLIENTS, n -> WebSession.api(base(),
				secrets.get(n % secrets.size()), "/api/evaluations/" + id + "/overrides/2.1.1",
				"{\"version\": " + version + ", \"score\": " + score(n) + ", \"reason\": \"第 " + n + " 位审核人的理由\"}"));

		Map<Integer, List<Integer>> byStatus = Responses.byStatus(responses);
		log.info("{} overrides through the API from version {} at once: {}", CLIENTS, version,
				Responses.counts(responses));
		assertThat(byStatus.keySet()).as(Responses.otherThan(responses, 200, 409)).containsOnly(200, 409);
		assertThat(byStatus.get(200)).hasSize(1);
		int winner = byStatus.get(200).get(0);
		JsonNode landed = SeedCases.read(responses.get(winner).body());
		assertThat(landed.get("version").asLong()).isEqualTo(version + 1);
		for (int refused : byStatus.get(409)) {
			JsonNode error = SeedCases.read(responses.get(refused).body()).get("errors").get(0);
			assertThat(error.get("message").asString()).isEqualTo(REVIEW_STALE);
			assertThat(error.get("field").asString()).isEqualTo("version");
		}
		assertThat(jdbc.queryForList("select score || ' ' || reason from score_override where code = '2.1.1'",
				String.class))
			.singleElement()
			.satisfies(
					row -> assertThat(row).endsWith(" 第 " + winner + " 位审核人的理由").startsWith(score(winner).toString()));
		assertThat(jdbc.queryForObject("select count(*) from review_comment where code = '2.1.1'", Long.class))
			.isEqualTo(1);
		assertThat(recordAfter(submittedLine)).containsExactly("OVERRIDE reviewer" + winner % secrets.size() + " 第 "
				+ winner + " 位审核人的理由 2.1.1 override - → " + score(winner));
	}

	private Save save(WebSession session, int client, long version) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>(exported);
		String value = value(client);
		form.set("version", String.valueOf(version));
		form.set("in:2.1.1:actualAmount", value);
		HttpResponse<String> response = session.post("/evaluations/" + id, form);
		Outcome outcome = Outcome.UNEXPECTED;
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() == 302 && location.endsWith("/evaluations/" + id)) {
			outcome = Outcome.LANDED;
		}
		else if (response.statusCode() == 200 && response.body().contains(STALE)) {
			outcome = Outcome.STALE;
		}
		return new Save(client, session.username(), value, version, outcome, location, response.body(),
				WebSession.describe(response));
	}

	/**
	 * Fifty sessions of five fillers, each signed in on the login page (at once, too).
	 */
	private List<WebSession> fillerSessions(int count) {
		return Race.times(count, n -> WebSession.logIn(base(), "filler" + n % 5, TestUsers.PASSWORD));
	}

	/** Each client's own 实际采购金额 of 2.1.1, different from all others and from 3418.63. */
	private static String value(int client) {
		return (5001 + client) + ".25";
	}

	private static BigDecimal score(int client) {
		return new BigDecimal("1.01").add(new BigDecimal(client).movePointLeft(2));
	}

	/**
	 * What the record holds after the given line, in the order written: each line the
	 * action, who, where from (or the reason), the leaf and field and old → new.
	 */
	private List<String> recordAfter(long line) {
		return jdbc.queryForList("select action || ' ' || actor || ' ' || coalesce(detail, '-') || ' '"
				+ " || coalesce(leaf_code, '-') || ' ' || coalesce(field, '-') || ' '"
				+ " || coalesce(old_value, '-') || ' → ' || coalesce(new_value, '-') from audit_event"
				+ " where evaluation_id = ? and id > ? order by id", String.class, id, line);
	}

	private long lastLine() {
		return jdbc.queryForObject("select max(id) from audit_event", Long.class);
	}

	private BigDecimal storedActualAmount() {
		return SeedCases
			.read(WebSession.basic(base(), "admin", TestUsers.ADMIN_PASSWORD, "/api/evaluations/" + id, null).body())
			.get("indicators")
			.get("2.1.1")
			.get("actualAmount")
			.decimalValue();
	}

	private long storedVersion() {
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

	private static List<Save> landed(List<Save> saves) {
		return saves.stream().filter(save -> save.outcome() == Outcome.LANDED).toList();
	}

	private static List<String> unexpected(List<Save> saves) {
		return saves.stream().filter(save -> save.outcome() == Outcome.UNEXPECTED).map(Save::response).toList();
	}

	private static Map<Outcome, Long> tally(List<Save> saves) {
		return saves.stream().collect(Collectors.groupingBy(Save::outcome, Collectors.counting()));
	}

	enum Outcome {

		/** Post / redirect / get back to the editor. */
		LANDED,
		/** The editor again, with the conflict message and what was typed. */
		STALE,
		/** Anything else: a failure of the application. */
		UNEXPECTED

	}

	/** One save: who, what, from which version, and how it ended. */
	record Save(int client, String actor, String value, long version, Outcome outcome, String location, String body,
			String response) {

		@Override
		public String toString() {
			return response;
		}

	}

}

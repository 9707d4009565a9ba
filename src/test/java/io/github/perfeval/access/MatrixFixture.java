package io.github.perfeval.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.perfeval.account.ApiTokens;
import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evidence.EvidenceTestFiles;
import io.github.perfeval.evidence.Upload;
import io.github.perfeval.rectification.ItemChange;
import io.github.perfeval.rectification.RectificationLine;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.rectification.RectificationStatus;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data the matrix runs on: the two departments with a filler and a reviewer each, the
 * administrator, a spare user and a spare department for the administration pages, one
 * API token per user, a locked login; and one evaluation per department in the state an
 * endpoint needs, restored after every request that changed one.
 */
final class MatrixFixture {

	/** The user the administration endpoints act on ({@code {username}}). */
	static final String SPARE_USER = "matrix-spare";

	static final String SPARE_DEPARTMENT = "矩阵备用单位";

	/** A locked login, for 解除锁定. */
	static final String LOCKED_USERNAME = "locked-out";

	/** The leaf of {@code {code}} and of the remark. */
	static final String LEAF = "2.1.1";

	/** The code of the framework {@code POST /api/frameworks} imports. */
	static final String FRAMEWORK = "MATRIX-FW";

	/** The tables of evaluations, parents first. */
	private static final List<String> EVALUATION_TABLES = List.of("evaluation", "score_snapshot", "score_snapshot_line",
			"leaf_entry", "score_override", "budget_unit", "report_text", "goal_report", "goal_task", "goal_indicator",
			"review_comment", "evidence", "evidence_content", "rectification_item", "audit_event");

	/**
	 * Every table a request may change; a refused request must leave all as they were.
	 */
	private static final List<String> TABLES = Stream.concat(
			Stream.of("department", "department_type", "app_user", "user_department", "api_token", "login_throttle",
					"indicator_framework", "indicator_definition", "framework_draft", "export_job"),
			EVALUATION_TABLES.stream())
		.toList();

	private static final Viewer ADMINISTRATOR = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	private final TestUsers users;

	private final ApiTokens tokens;

	private final EvaluationService evaluations;

	private final ReviewService reviews;

	private final JsonMapper json;

	private final JdbcTemplate jdbc;

	private final Map<Department, Long> departmentIds = new EnumMap<>(Department.class);

	private final Map<EvaluationState, Map<Department, Long>> evaluationIds = new EnumMap<>(EvaluationState.class);

	private final Map<EvaluationState, Map<Department, Long>> remarkIds = new EnumMap<>(EvaluationState.class);

	private final Map<EvaluationState, Map<Department, Long>> evidenceIds = new EnumMap<>(EvaluationState.class);

	/** The first 整改事项 of each department's evaluation (已完成, awaiting confirmation). */
	private final Map<EvaluationState, Map<Department, Long>> itemIds = new EnumMap<>(EvaluationState.class);

	/** The 佐证材料 file of each first 整改事项 (a PDF). */
	private final Map<EvaluationState, Map<Department, Long>> itemEvidenceIds = new EnumMap<>(EvaluationState.class);

	private final RectificationService rectifications;

	private final Map<Actor, Long> tokenIds = new EnumMap<>(Actor.class);

	private long spareDepartmentId;

	private long typeId;

	private long spareTokenId;

	private long spareExportJobId;

	/** The state the evaluations are in now; null when a request changed them. */
	private EvaluationState state;

	private String adminPasswordHash;

	private final EvidenceService evidence;

	MatrixFixture(TestUsers users, ApiTokens tokens, EvaluationService evaluations, ReviewService reviews,
			EvidenceService evidence, JsonMapper json, JdbcTemplate jdbc, RectificationService rectifications) {
		this.rectifications = rectifications;
		this.evidence = evidence;
		this.users = users;
		this.tokens = tokens;
		this.evaluations = evaluations;
		this.reviews = reviews;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** People, departments, tokens and a lock; evaluations come with {@link #prepare}. */
	void people() {
		dropCopies();
		removeImportedFramework();
		users.reset();
		adminPasswordHash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'",
				String.class);
		for (Department department : Department.values()) {
			departmentIds.put(department, users.department(department.code, department.name).id());
		}
		for (Actor actor : Actor.values()) {
			if (actor.role == Role.FILLER) {
				users.filler(actor.username, ref(actor.department));
			}
			else if (actor == Actor.BUREAU_REVIEWER) {
				users.reviewer(actor.username);
			}
			else if (actor.role == Role.REVIEWER) {
				users.reviewerOf(actor.username, ref(actor.department));
			}
			if (actor != Actor.ANONYMOUS) {
				tokenIds.put(actor, tokens.create(actor.username, tokenName(actor.username)).token().id());
			}
		}
		spareDepartmentId = users.department("MATRIX-SPARE", SPARE_DEPARTMENT).id();
		typeId = jdbc.queryForObject("insert into department_type (name, position) values ('矩阵类型', 100) returning id",
				Long.class);
		users.filler(SPARE_USER, ref(Department.HKU));
		spareTokenId = tokens.create(SPARE_USER, tokenName(SPARE_USER)).token().id();
		spareExportJobId = exportJob(SPARE_USER, false);
		jdbc.update("insert into login_throttle (kind, key, failures, window_start, locked_until)"
				+ " values ('ACCOUNT', ?, 5, now(), now() + interval '15 minutes')", LOCKED_USERNAME);
	}

	/**
	 * What the administrator's password was (the other tests sign in with it), and no
	 * copies left behind.
	 */
	void cleanUp() {
		removeImportedFramework();
		if (adminPasswordHash != null) {
			jdbc.update("update app_user set password_hash = ?, must_change_password = false where username = 'admin'",
					adminPasswordHash);
		}
		dropCopies();
	}

	/**
	 * Both departments' seed evaluations in the state. The first time they are imported
	 * and brought to it, and the tables copied ({@code matrix_<state>_
	 *
	<table>
	 * }); later they are restored from the copy, which takes a fraction of the time.
	 * Nothing to do when they are in the state and no request changed them since.
	 */
	void prepare(EvaluationState wanted) {
		if (wanted == state) {
			return;
		}
		jdbc.execute("truncate table audit_event, evaluation cascade");
		if (evaluationIds.containsKey(wanted)) {
			EVALUATION_TABLES
				.forEach(table -> jdbc.execute("insert into " + table + " select * from " + copy(wanted, table)));
		}
		else {
			create(wanted);
			EVALUATION_TABLES
				.forEach(table -> jdbc.execute("create table " + copy(wanted, table) + " as select * from " + table));
		}
		state = wanted;
	}

	/**
	 * Notes whether a request changed an evaluation (by the {@link #fingerprint}s before
	 * and after it): then the next {@link #prepare} restores them.
	 */
	void noteChanges(List<String> before, List<String> after) {
		for (int i = 0; i < TABLES.size(); i++) {
			if (EVALUATION_TABLES.contains(TABLES.get(i)) && !before.get(i).equals(after.get(i))) {
				state = null;
			}
		}
	}

	/**
	 * A department's seed as JSON, of the given year, without the reviewer's 调整得分 where a
	 * filler would import it.
	 */
	String seed(Department department, int year, boolean withOverrides) {
		ObjectNode tree = SeedCases.complete(SeedCases.tree(department.seed));
		tree.put("year", year);
		if (!withOverrides) {
			tree.remove("overrides");
		}
		return SeedCases.json(tree);
	}

	/** SZ-COMMON as shipped, under the code {@link #FRAMEWORK}, as an import sends it. */
	static String framework() {
		try (InputStream in = MatrixFixture.class.getResourceAsStream("/frameworks/sz-common.json")) {
			String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			ObjectNode document = (ObjectNode) SeedCases.read(shipped);
			document.put("code", FRAMEWORK);
			document.remove("version");
			return SeedCases.json(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void removeImportedFramework() {
		jdbc.update("delete from indicator_framework where code = ?", FRAMEWORK);
		jdbc.update("delete from framework_draft");
	}

	/**
	 * The id of a 指标体系草稿 (SZ-COMMON as {@link #FRAMEWORK}), created when there is none (a
	 * request published or deleted it).
	 */
	long draftId() {
		List<Long> ids = jdbc.queryForList("select id from framework_draft order by id", Long.class);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		return jdbc.queryForObject(
				"insert into framework_draft (code, name, based_on_code, based_on_version, document, created_by,"
						+ " updated_by) values (?, '矩阵指标体系', 'SZ-COMMON', 1, ?, 'admin', 'admin') returning id",
				Long.class, FRAMEWORK, framework());
	}

	/** The version of the draft of {@link #draftId()}, as its page shows it. */
	long draftVersion() {
		return jdbc.queryForObject("select version from framework_draft where id = ?", Long.class, draftId());
	}

	static Viewer administrator() {
		return ADMINISTRATOR;
	}

	long evaluationId(Department department) {
		return evaluationIds.get(state).get(department);
	}

	long departmentId(Department department) {
		return departmentIds.get(department);
	}

	long remarkId(Department department) {
		return remarkIds.get(state).get(department);
	}

	/** The 佐证材料 file of the department's evaluation (a PDF on {@link #LEAF}). */
	long evidenceId(Department department) {
		return evidenceIds.get(state).get(department);
	}

	/** The 整改事项 (已完成, not yet confirmed) of the department's evaluation. */
	long itemId(Department department) {
		return itemIds.get(state).get(department);
	}

	/** The 佐证材料 file of the department's first 整改事项. */
	long itemEvidenceId(Department department) {
		return itemEvidenceIds.get(state).get(department);
	}

	long itemVersion(Department department) {
		return jdbc.queryForObject("select version from rectification_item where id = ?", Long.class,
				itemId(department));
	}

	long version(Department department) {
		return version(evaluationId(department));
	}

	/** A 单位类型 of the matrix's own, to rename. */
	long typeId() {
		return typeId;
	}

	long spareDepartmentId() {
		return spareDepartmentId;
	}

	/** The actor's own API token, or the spare user's. */
	long tokenId(Actor actor, Target target) {
		return target == Target.OWN && actor != Actor.ANONYMOUS ? tokenIds.get(actor) : spareTokenId;
	}

	/**
	 * A batch export job of the actor (target {@link Target#OWN}) or of the spare user: a
	 * finished one with its file, or ({@code open}) one running on another instance, made
	 * afresh for each cell.
	 */
	long exportJobId(Actor actor, Target target, boolean open) {
		String owner = target == Target.OWN && actor != Actor.ANONYMOUS ? actor.username : SPARE_USER;
		return exportJob(owner, open);
	}

	/** The spare user's finished job, made with the people. */
	long spareExportJobId() {
		return spareExportJobId;
	}

	private long exportJob(String owner, boolean open) {
		if (open) {
			return jdbc.queryForObject("""
					insert into export_job (kind, requested_by, parameters, status, claimed_by, heartbeat_at,
					                        started_at, progress_total)
					values ('RESULTS_XLSX', ?, '{"year": 2024}'::jsonb, 'RUNNING', 'matrix-instance#1', now(), now(), 2)
					returning id""", Long.class, owner);
		}
		long id = jdbc.queryForObject(
				"""
						insert into export_job (kind, requested_by, parameters, status, progress_done, progress_total,
						                        finished_at, file_name, content_type, file_size, expires_at)
						values ('RESULTS_XLSX', ?, '{"year": 2024}'::jsonb, 'DONE', 2, 2, now(), '2024-绩效自评结果汇总.xlsx',
						        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 6, now() + interval '1 day')
						returning id""",
				Long.class, owner);
		jdbc.update("insert into export_file_chunk (job_id, seq, data) values (?, 0, ?)", id,
				"matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return id;
	}

	static String tokenName(String username) {
		return "矩阵令牌-" + username;
	}

	/**
	 * Every table as a digest, in the order of {@link #TABLES}, for telling whether a
	 * request changed anything.
	 */
	List<String> fingerprint() {
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < TABLES.size(); i++) {
			queries.add("select " + i + " as position, '" + TABLES.get(i)
					+ ": ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') as digest from "
					+ TABLES.get(i) + " t");
		}
		return jdbc.queryForList(
				"select digest from (" + String.join(" union all ", queries) + ") tables order by position",
				String.class);
	}

	private void create(EvaluationState wanted) {
		Map<Department, Long> ids = new EnumMap<>(Department.class);
		Map<Department, Long> remarks = new EnumMap<>(Department.class);
		Map<Department, Long> files = new EnumMap<>(Department.class);
		Map<Department, Long> items = new EnumMap<>(Department.class);
		Map<Department, Long> itemFiles = new EnumMap<>(Department.class);
		for (Department department : Department.values()) {
			EvaluationDocument document = json.readValue(seed(department, department.year, true),
					EvaluationDocument.class);
			long id = evaluations.importDocument(document, ADMINISTRATOR, false).evaluation().id();
			ids.put(department, id);
			byte[] pdf = EvidenceTestFiles.pdf();
			files.put(department,
					evidence
						.add(id, ADMINISTRATOR, LEAF,
								new Upload(department.name + "-采购计划.pdf", pdf.length, new ByteArrayResource(pdf)))
						.id());
			if (wanted != EvaluationState.DRAFT) {
				evaluations.submit(id, filler(department), version(id));
			}
			if (wanted == EvaluationState.RETURNED_WITH_REMARK) {
				reviews.comment(id, ADMINISTRATOR, version(id), LEAF, "实际采购金额与采购计划差距较大，请说明");
				reviews.returnToFiller(id, ADMINISTRATOR, version(id), "请答复审核意见");
				remarks.put(department, jdbc.queryForObject(
						"select id from review_comment where evaluation_id = ? and code = ?", Long.class, id, LEAF));
			}
			if (wanted == EvaluationState.APPROVED || wanted == EvaluationState.RECTIFYING) {
				reviews.approve(id, ADMINISTRATOR, version(id), "同意");
			}
			if (wanted == EvaluationState.RECTIFYING) {
				RectificationLine item = rectifications.generate(id, filler(department)).get(0);
				byte[] notice = EvidenceTestFiles.pdf();
				items.put(department, rectifications
					.save(id, item.id(), filler(department), item.version(),
							new ItemChange(item.problem(), item.measure(), "财务科", null, RectificationStatus.DONE, null,
									"《采购管理办法》"),
							new Upload(department.name + "-整改通知.pdf", notice.length, new ByteArrayResource(notice)))
					.id());
				itemFiles.put(department,
						jdbc.queryForObject("select id from evidence where item_kind = 'RECTIFICATION' and item_id = ?",
								Long.class, item.id()));
			}
		}
		evaluationIds.put(wanted, ids);
		remarkIds.put(wanted, remarks);
		evidenceIds.put(wanted, files);
		itemIds.put(wanted, items);
		itemEvidenceIds.put(wanted, itemFiles);
	}

	private void dropCopies() {
		for (EvaluationState copied : EvaluationState.values()) {
			EVALUATION_TABLES.forEach(table -> jdbc.execute("drop table if exists " + copy(copied, table)));
		}
		evaluationIds.clear();
		remarkIds.clear();
		evidenceIds.clear();
		itemIds.clear();
		itemEvidenceIds.clear();
		state = null;
	}

	private static String copy(EvaluationState state, String table) {
		return "matrix_" + state.name().toLowerCase(Locale.ROOT) + "_" + table;
	}

	private long version(long evaluationId) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId);
	}

	private Viewer filler(Department department) {
		Actor filler = department == Department.LUOHU ? Actor.LUOHU_FILLER : Actor.HKU_FILLER;
		return new Viewer(filler.username, filler.username, Role.FILLER, Set.of(departmentId(department)));
	}

	private DepartmentRef ref(Department department) {
		return users.department(department.code, department.name);
	}

}

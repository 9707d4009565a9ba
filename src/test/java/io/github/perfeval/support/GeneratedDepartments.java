package io.github.perfeval.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentTypeRef;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.InvalidEvaluationException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates N departments with complete evaluations of three years on PostgreSQL,
 * reproducibly from a seed, for tests at scale (the overview, charts and batch exports of
 * 5,000 departments) and for looking at those pages with such data. Nothing is committed
 * as a file: the data are made anew from the two seed cases.
 *
 * <p>
 * How: {@value #TEMPLATES} template evaluations are imported through
 * {@link EvaluationService} (so they are valid, scored and snapshotted as any import):
 * the 罗湖 and 香港大学深圳医院 seeds (SZ-COMMON), their leaf inputs varied by the seed (items
 * lost, counts and rates lower), and every tenth the national 绩效自评表 (NATIONAL-FORM).
 * Every other evaluation is a copy of one template, made in SQL with its inputs, texts,
 * units, goals and score snapshot (the same inputs score the same: the snapshot stays
 * equal to a fresh score), in a status drawn by the seed: the last year 草稿, 已提交, 退回 or
 * 已审定, earlier years 已审定; some submitted or returned ones carry open 审核意见. Departments
 * are named like real ones (区 + 局/医院/学校 …) and carry the 单位类型 their name implies.
 *
 * <p>
 * Use: annotate a test class with {@link GeneratedDepartmentsTest} (the whole application
 * on a database of its own, {@code <test database>_generated}, so that the other tests
 * never see these departments) and call {@link #ensure()}: the first call in a database
 * generates, later ones (also in later runs) find the data by its marker. CI creates that
 * database fresh with the test database ({@code .ci/run}).
 */
@Component
public class GeneratedDepartments {

	/** How many departments the scale tests use. */
	public static final int COUNT = 5_000;

	public static final long SEED = 20_261_201L;

	/** The years each department has an evaluation of, the last one still under way. */
	public static final List<Integer> YEARS = List.of(2023, 2024, 2025);

	public static final String CODE_PREFIX = "GEN-";

	static final int TEMPLATES = 120;

	/** Changes when what is generated changes: data of another version are not used. */
	private static final int GENERATOR_VERSION = 3;

	private static final Logger log = LoggerFactory.getLogger(GeneratedDepartments.class);

	private static final String[] DISTRICTS = { "罗湖区", "福田区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区", "光明区", "大鹏新区" };

	/** Agencies by 单位类型 (the names of V20's types). */
	private static final Map<String, String[]> AGENCIES = Map.of("行政单位",
			new String[] { "教育局", "财政局", "民政局", "司法局", "卫生健康局", "文化广电旅游体育局", "住房和建设局", "交通运输局", "水务局", "城市管理和综合执法局",
					"人力资源局", "工业和信息化局", "应急管理局", "退役军人事务局", "市场监督管理局" },
			"医院", new String[] { "人民医院", "中医院", "妇幼保健院", "中西医结合医院", "口腔医院", "眼科医院", "康复医院" }, "疾控/公共卫生",
			new String[] { "疾病预防控制中心", "慢性病防治院", "卫生监督所", "急救中心", "血液中心" }, "学校",
			new String[] { "实验学校", "外国语学校", "高级中学", "职业技术学校", "中心小学", "第一幼儿园" }, "其他事业单位",
			new String[] { "图书馆", "档案馆", "文化馆", "社会福利中心", "公共资源交易中心", "数据资源中心" });

	private final EvaluationService evaluations;

	private final DepartmentDirectory departments;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private Generated generated;

	GeneratedDepartments(EvaluationService evaluations, DepartmentDirectory departments, JdbcTemplate jdbc,
			org.springframework.transaction.PlatformTransactionManager transactionManager) {
		this.evaluations = evaluations;
		this.departments = departments;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What was generated: how many departments and evaluations, of which years. */
	public record Generated(int departments, int evaluations, List<Integer> years, long seed) {

		public int lastYear() {
			return years.get(years.size() - 1);
		}

	}

	/**
	 * The {@link #COUNT} departments of {@link #SEED}, generated unless this database
	 * holds them.
	 */
	public synchronized Generated ensure() {
		return ensure(COUNT, SEED);
	}

	public synchronized Generated ensure(int count, long seed) {
		if (generated != null && generated.departments() == count && generated.seed() == seed) {
			return generated;
		}
		jdbc.execute(
				"""
						create table if not exists generated_marker (count integer not null, seed bigint not null,
						                                              version integer not null, evaluations integer not null)""");
		List<Integer> stored = jdbc.queryForList(
				"select evaluations from generated_marker where count = ? and seed = ? and version = ?", Integer.class,
				count, seed, GENERATOR_VERSION);
		if (!stored.isEmpty()) {
			generated = new Generated(count, stored.get(0), YEARS, seed);
			return generated;
		}
		if (jdbc.queryForObject("select count(*) from department where code like 'GEN-%'", Integer.class) > 0) {
			// Another generation, or one cut short: this database is the generator's own
			// (GeneratedDatabase), so it starts afresh, as TestUsers.reset does.
			jdbc.execute("truncate table audit_event, evaluation cascade");
			jdbc.execute("delete from generated_marker");
			jdbc.execute("update department set parent_id = null where code like 'GEN-%'");
			jdbc.execute("delete from department where code like 'GEN-%'");
		}
		long started = System.nanoTime();
		generated = generate(count, seed);
		jdbc.update("insert into generated_marker values (?, ?, ?, ?)", count, seed, GENERATOR_VERSION,
				generated.evaluations());
		log.info("Generated {} departments with {} evaluations (seed {}) in {} s", count, generated.evaluations(), seed,
				(System.nanoTime() - started) / 1_000_000_000);
		return generated;
	}

	private Generated generate(int count, long seed) {
		Random random = new Random(seed);
		Map<String, Long> types = new HashMap<>();
		departments.types().forEach(type -> types.put(type.name(), type.id()));
		List<String> typeNames = departments.types().stream().map(DepartmentTypeRef::name).toList();
		List<Object[]> rows = new ArrayList<>();
		Set<String> names = new java.util.HashSet<>();
		Map<String, String> named = new HashMap<>();
		for (int i = 1; i <= count; i++) {
			String type = typeNames.get(Math.min(typeNames.size() - 1, pick(random)));
			String[] agencies = AGENCIES.getOrDefault(type, AGENCIES.get("其他事业单位"));
			String name = DISTRICTS[random.nextInt(DISTRICTS.length)] + agencies[random.nextInt(agencies.length)];
			String unique = name;
			for (int n = 2; !names.add(unique); n++) {
				unique = name + "（" + n + "）";
			}
			rows.add(new Object[] { code(i), unique, types.get(type) });
			named.put(code(i), unique);
		}
		jdbc.batchUpdate("insert into department (code, name, type_id) values (?, ?, ?)", rows);
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select code, id from department where code like 'GEN-%'",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> ids.put(rs.getString(1), rs.getLong(2)));

		// The templates: imported, hence valid, scored and snapshotted.
		Viewer generator = new Viewer("generator", "数据生成", Role.ADMIN, Set.of());
		int templates = Math.min(TEMPLATES, count);
		List<Long> templateIds = new ArrayList<>();
		for (int t = 0; t < templates; t++) {
			ObjectNode document = template(t, random);
			document.putObject("department").put("code", code(t + 1)).put("name", named.get(code(t + 1)));
			document.put("year", YEARS.get(0));
			templateIds.add(importTemplate(document, t, generator));
		}

		// Every other department and year: a copy of a template, in SQL.
		jdbc.execute("""
				create temporary table gen_plan (department_id bigint, year integer, template_id bigint,
				                                 status varchar(16), review_level integer, updated_at timestamptz)""");
		List<Object[]> plan = new ArrayList<>();
		Instant last = Instant.parse("2026-04-30T02:00:00Z");
		for (int i = 1; i <= count; i++) {
			for (int y = 0; y < YEARS.size(); y++) {
				if (y == 0 && i <= templates) {
					continue;
				}
				long template = templateIds.get(random.nextInt(templateIds.size()));
				boolean lastYear = y == YEARS.size() - 1;
				String status = lastYear ? status(random) : "APPROVED";
				Instant updated = last.minusSeconds((long) (YEARS.size() - 1 - y) * 365 * 86_400)
					.minusSeconds(random.nextInt(60 * 86_400));
				plan.add(new Object[] { ids.get(code(i)), YEARS.get(y), template, status,
						"SUBMITTED".equals(status) ? 1 : null, java.sql.Timestamp.from(updated) });
			}
		}
		jdbc.batchUpdate("insert into gen_plan values (?, ?, ?, ?, ?, ?)", plan);
		transactions.executeWithoutResult(status -> copyTemplates());
		jdbc.execute("drop table gen_plan");
		jdbc.execute("analyze");
		int total = jdbc.queryForObject(
				"select count(*) from evaluation e join department d on d.id = e.department_id where d.code like 'GEN-%'",
				Integer.class);
		return new Generated(count, total, YEARS, seed);
	}

	private long importTemplate(ObjectNode document, int t, Viewer generator) {
		try {
			return evaluations.importDocument(json(document, EvaluationDocument.class), generator, false)
				.evaluation()
				.id();
		}
		catch (InvalidEvaluationException ex) {
			// A variation the rules refuse: the seed as published instead.
			ObjectNode plain = t % 10 == 9 ? NationalFormCase.complete()
					: SeedCases.complete(SeedCases.tree(seedOf(t)));
			plain.set("department", document.get("department"));
			plain.put("year", document.get("year").asInt());
			try {
				return evaluations.importDocument(json(plain, EvaluationDocument.class), generator, false)
					.evaluation()
					.id();
			}
			catch (InvalidEvaluationException refused) {
				throw new IllegalStateException("Template " + t + " refused: " + refused.scored().violations(),
						refused);
			}
		}
	}

	/** The tables an evaluation owns rows of, parents first. */
	private static final List<String> OWNED = List.of("goal_report", "leaf_entry", "score_override", "budget_unit",
			"report_text", "goal_task", "goal_indicator", "score_snapshot", "score_snapshot_line");

	/**
	 * The copies of gen_plan, with their rows of each table an evaluation owns, and an
	 * open 审核意见 on every third submitted or returned one.
	 */
	private void copyTemplates() {
		String copied = String.join(", ", columns("evaluation", Set.of("id", "department_id", "year", "status",
				"review_level", "updated_at", "short_name", "submissions")));
		jdbc.update("insert into evaluation (department_id, year, status, review_level, updated_at, submissions, "
				+ copied + ") select p.department_id, p.year, p.status, p.review_level, p.updated_at,"
				+ " case when p.status = 'DRAFT' then 0 else 1 end, " + prefixed("t", copied)
				+ " from gen_plan p join evaluation t on t.id = p.template_id");
		jdbc.execute("""
				create temporary table gen_copy on commit drop as
				select e.id, p.template_id from gen_plan p
				  join evaluation e on e.department_id = p.department_id and e.year = p.year""");
		for (String table : OWNED) {
			String columns = String.join(", ", columns(table, Set.of("evaluation_id")));
			jdbc.update(
					"insert into " + table + " (evaluation_id, " + columns + ") select c.id, " + prefixed("x", columns)
							+ " from " + table + " x join gen_copy c on x.evaluation_id = c.template_id");
		}
		jdbc.update("""
				insert into review_comment (evaluation_id, code, author, body, round, kind)
				select e.id, '2.1.1', 'gen-reviewer', '请补充项目资金使用的佐证材料', 1, 'COMMENT'
				  from gen_copy c join evaluation e on e.id = c.id
				 where e.status in ('SUBMITTED', 'RETURNED') and e.id % 3 = 0""");
	}

	private static String prefixed(String alias, String columns) {
		return java.util.Arrays.stream(columns.split(", "))
			.map(column -> alias + "." + column)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private List<String> columns(String table, Set<String> except) {
		return jdbc.queryForList("""
				select column_name from information_schema.columns
				 where table_schema = current_schema() and table_name = ? and is_identity = 'NO'
				 order by ordinal_position""", String.class, table)
			.stream()
			.filter(column -> !except.contains(column))
			.toList();
	}

	private static String code(int i) {
		return CODE_PREFIX + String.format("%05d", i);
	}

	/** A type index: most departments are 行政单位, then 医院 and 学校. */
	private static int pick(Random random) {
		int r = random.nextInt(100);
		return r < 40 ? 0 : r < 60 ? 1 : r < 70 ? 2 : r < 85 ? 3 : 4;
	}

	private static String status(Random random) {
		int r = random.nextInt(100);
		return r < 30 ? "DRAFT" : r < 60 ? "SUBMITTED" : r < 70 ? "RETURNED" : "APPROVED";
	}

	private static String seedOf(int t) {
		return t % 2 == 0 ? SeedCases.LUOHU : SeedCases.HKU;
	}

	/** Template t: every tenth on NATIONAL-FORM, the others a seed with varied inputs. */
	static ObjectNode template(int t, Random random) {
		if (t % 10 == 9) {
			return NationalFormCase.complete();
		}
		ObjectNode document = SeedCases.complete(SeedCases.tree(seedOf(t)));
		if (t < 2) {
			return document;
		}
		// How badly the department did: most a little, some clearly (中), a few badly.
		int r = random.nextInt(100);
		int severity = r < 55 ? 10 : r < 85 ? 35 : 70;
		JsonNode indicators = document.get("indicators");
		for (String code : indicators.propertyNames()) {
			ObjectNode inputs = (ObjectNode) indicators.get(code);
			if (inputs.has("band") && inputs.has("score") && inputs.get("score").isIntegralNumber()
					&& random.nextInt(100) < severity) {
				// Still within the band: at least four fifths of what the seed gave.
				int score = inputs.get("score").asInt();
				inputs.put("score", score - random.nextInt(score / 5 + 1));
			}
			lower(inputs, "satisfactionPercent", random, 1 - severity / 100.0 / 2, false);
			if (inputs.get("items") instanceof ArrayNode items) {
				for (int i = 0; i < items.size(); i++) {
					if (items.get(i).isNumber() && random.nextInt(100) < severity) {
						items.set(i, items.numberNode(BigDecimal.ZERO));
					}
				}
			}
			lower(inputs, "projectsOnTime", random, 0.7, true);
			lower(inputs, "petitionsRepliedOnTime", random, 0.8, true);
			lower(inputs, "staffOnPayroll", random, 0.85, true);
			lower(inputs, "actualAmount", random, 0.6, false);
			if (inputs.has("q1")) {
				double factor = 0.85 + random.nextDouble() * 0.15;
				for (String quarter : List.of("q1", "q2", "q3", "q4")) {
					lower(inputs, quarter, factor);
				}
			}
			if (inputs.has("nonconformities") && random.nextInt(100) < 25) {
				inputs.put("nonconformities", 1 + random.nextInt(2));
			}
		}
		return document;
	}

	/** The input times a factor between {@code least} and 1 (whole when counted). */
	private static void lower(ObjectNode inputs, String name, Random random, double least, boolean whole) {
		if (inputs.has(name) && inputs.get(name).isNumber()) {
			BigDecimal factor = BigDecimal.valueOf(least + random.nextDouble() * (1 - least));
			BigDecimal value = inputs.get(name).decimalValue().multiply(factor);
			inputs.put(name, value.setScale(whole ? 0 : 2, whole ? RoundingMode.FLOOR : RoundingMode.HALF_UP));
		}
	}

	private static void lower(ObjectNode inputs, String name, double factor) {
		if (inputs.has(name) && inputs.get(name).isNumber()) {
			inputs.put(name,
					inputs.get(name)
						.decimalValue()
						.multiply(BigDecimal.valueOf(factor))
						.setScale(2, RoundingMode.HALF_UP));
		}
	}

	private static <T> T json(ObjectNode node, Class<T> type) {
		return JSON.readValue(SeedCases.json(node), type);
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

}

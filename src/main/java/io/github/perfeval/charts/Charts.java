package io.github.perfeval.charts;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.department.DepartmentTypeRef;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.VisibleDepartments;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.scoring.GradeScale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the charts, each one aggregate query over the stored score snapshots
 * ({@code score_snapshot}, {@code score_snapshot_line}) of the evaluations the viewer
 * sees (their departments and the 下属单位 they may see, or all), checked on every call.
 * Averages count complete evaluations only (no leaf missing its inputs).
 */
@Service
@Transactional(readOnly = true)
public class Charts {

	/** The evaluations a viewer sees, as a condition on {@code e.department_id}. */
	private static final String SEEN = "(:all or e.department_id = any(:ids))";

	private final JdbcClient jdbc;

	private final EvaluationService evaluations;

	private final DepartmentDirectory departments;

	private final FrameworkCatalog frameworks;

	Charts(JdbcClient jdbc, EvaluationService evaluations, DepartmentDirectory departments,
			FrameworkCatalog frameworks) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.departments = departments;
		this.frameworks = frameworks;
	}

	/** The years of the evaluations the viewer sees, latest first. */
	public List<Integer> years(Viewer viewer) {
		return seen(jdbc.sql("select distinct e.year from evaluation e where " + SEEN + " order by e.year desc"),
				viewer)
			.query(Integer.class)
			.list();
	}

	/**
	 * The frameworks the year's evaluations the viewer sees are on, the most used first.
	 */
	public List<FrameworkChoice> frameworks(int year, Viewer viewer) {
		return seen(jdbc
			.sql("""
					select f.id, f.name, f.version, count(*) from evaluation e join indicator_framework f on f.id = e.framework_id
					 where e.year = :year and %s group by f.id, f.name, f.version order by count(*) desc, f.id"""
				.formatted(SEEN)), viewer)
			.param("year", year)
			.query((rs, row) -> new FrameworkChoice(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))
			.list();
	}

	/**
	 * 评分等级分布 of the year's evaluations on the framework, by 单位类型; the grades and their
	 * order are the framework's (a grade stored that it no longer has comes last).
	 */
	public GradeDistribution grades(int year, long frameworkId, Viewer viewer) {
		GradeScale scale = frameworks.tree(frameworkId).grades();
		List<String> grades = new ArrayList<>(scale.steps().stream().map(GradeScale.Step::name).toList());
		Map<Long, String> typeNames = new LinkedHashMap<>();
		departments.types().forEach(type -> typeNames.put(type.id(), type.name()));
		Map<Long, Map<String, Long>> counts = new LinkedHashMap<>();
		long[] pending = { 0 };
		seen(jdbc.sql("""
				select d.type_id, s.grade, count(*)
				  from evaluation e join department d on d.id = e.department_id
				  join score_snapshot s on s.evaluation_id = e.id
				 where e.year = :year and e.framework_id = :framework and %s
				 group by d.type_id, s.grade""".formatted(SEEN)), viewer).param("year", year)
			.param("framework", frameworkId)
			.query((ResultSet rs) -> {
				Long type = (Long) rs.getObject(1);
				String grade = rs.getString(2);
				if (grade == null) {
					pending[0] += rs.getLong(3);
					return;
				}
				if (!grades.contains(grade)) {
					grades.add(grade);
				}
				counts.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(grade, rs.getLong(3), Long::sum);
			});
		List<Long> order = new ArrayList<>(typeNames.keySet());
		order.add(null);
		List<GradeDistribution.TypeCounts> types = new ArrayList<>();
		long[] totals = new long[grades.size()];
		for (Long type : order) {
			Map<String, Long> byGrade = counts.get(type);
			if (byGrade == null) {
				continue;
			}
			List<Long> row = new ArrayList<>();
			for (int i = 0; i < grades.size(); i++) {
				long count = byGrade.getOrDefault(grades.get(i), 0L);
				row.add(count);
				totals[i] += count;
			}
			types.add(new GradeDistribution.TypeCounts(type == null ? null : typeNames.get(type), row));
		}
		return new GradeDistribution(grades, grades.stream().map(scale::standing).toList(), types,
				java.util.Arrays.stream(totals).boxed().toList(), pending[0]);
	}

	/**
	 * 三级指标平均扣分: the {@code top} leaves of the framework where the year's evaluations lose
	 * most on average, most first, those that lose nothing left out.
	 */
	public List<LeafLoss> losses(int year, long frameworkId, int top, Viewer viewer) {
		return seen(jdbc.sql("""
				select l.code, min(l.name), round(avg(l.lost), 2), round(avg(l.weight), 2), count(*)
				  from score_snapshot_line l
				  join evaluation e on e.id = l.evaluation_id
				 where l.level = 3 and l.lost is not null and e.year = :year and e.framework_id = :framework and %s
				 group by l.code
				having avg(l.lost) > 0
				 order by avg(l.lost) desc, l.code
				 limit :top""".formatted(SEEN)), viewer).param("year", year)
			.param("framework", frameworkId)
			.param("top", top)
			.query((rs, row) -> new LeafLoss(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * The department of this evaluation across the years, with the averages of its 单位类型
	 * and of all; empty when the viewer does not see the evaluation.
	 */
	public DepartmentTrend trend(long evaluationId, Viewer viewer) {
		EvaluationSummary evaluation = evaluations.summary(evaluationId, viewer);
		DepartmentRef department = departments.byId(evaluation.departmentId()).orElseThrow();
		List<YearScore> years = seen(jdbc
			.sql("""
					with own as (
					  select e.id, e.year, s.total, s.grade
					    from evaluation e left join score_snapshot s on s.evaluation_id = e.id
					   where e.department_id = :department),
					peers as (
					  select e.year, d.type_id, s.total
					    from evaluation e join department d on d.id = e.department_id
					    join score_snapshot s on s.evaluation_id = e.id
					   where e.year in (select year from own) and s.total is not null and s.missing_leaves = 0 and %s)
					select o.year, o.id, o.total, o.grade,
					       round(avg(p.total) filter (where p.type_id = :type), 2), count(p.total) filter (where p.type_id = :type),
					       round(avg(p.total), 2), count(p.total)
					  from own o left join peers p on p.year = o.year
					 group by o.year, o.id, o.total, o.grade
					 order by o.year"""
				.formatted(SEEN)), viewer)
			.param("department", department.id())
			.param("type", department.typeId(), java.sql.Types.BIGINT)
			.query((rs, row) -> new YearScore(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getLong(6), rs.getBigDecimal(7), rs.getLong(8)))
			.list();
		return new DepartmentTrend(department.id(), department.name(), typeName(department.typeId()), years);
	}

	/**
	 * The evaluation's 二级指标 得分率 against the averages of the year's evaluations on its
	 * framework and of those of its 单位类型.
	 */
	public GroupComparison groups(long evaluationId, Viewer viewer) {
		EvaluationSummary evaluation = evaluations.summary(evaluationId, viewer);
		DepartmentRef department = departments.byId(evaluation.departmentId()).orElseThrow();
		long frameworkId = jdbc.sql("select framework_id from evaluation where id = :id")
			.param("id", evaluationId)
			.query(Long.class)
			.single();
		List<GroupRate> groups = seen(jdbc.sql("""
				with peers as (
				  select e.id, d.type_id
				    from evaluation e join department d on d.id = e.department_id
				    join score_snapshot s on s.evaluation_id = e.id
				   where e.year = :year and e.framework_id = :framework and s.valid and s.missing_leaves = 0 and %s),
				averages as (
				  select l.code, avg(l.score * 100 / l.weight) as rate, count(*) as n,
				         avg(l.score * 100 / l.weight) filter (where p.type_id = :type) as type_rate,
				         count(*) filter (where p.type_id = :type) as type_n
				    from score_snapshot_line l join peers p on p.id = l.evaluation_id
				   where l.level = 2 and l.score is not null and l.weight > 0
				   group by l.code)
				select o.code, o.name, o.weight, o.score,
				       case when o.weight > 0 then round(o.score * 100 / o.weight, 2) end,
				       round(a.rate, 2), coalesce(a.n, 0), round(a.type_rate, 2), coalesce(a.type_n, 0)
				  from score_snapshot_line o left join averages a on a.code = o.code
				 where o.evaluation_id = :evaluation and o.level = 2
				 order by o.position""".formatted(SEEN)), viewer).param("year", evaluation.year())
			.param("framework", frameworkId)
			.param("evaluation", evaluationId)
			.param("type", department.typeId(), java.sql.Types.BIGINT)
			.query((rs, row) -> new GroupRate(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7), rs.getBigDecimal(8),
					rs.getLong(9)))
			.list();
		String framework = frameworks.find(frameworkId).map(f -> f.name()).orElse("");
		return new GroupComparison(evaluationId, department.id(), department.name(), evaluation.year(),
				typeName(department.typeId()), framework, groups);
	}

	private String typeName(Long typeId) {
		return Optional.ofNullable(typeId).flatMap(departments::type).map(DepartmentTypeRef::name).orElse(null);
	}

	private JdbcClient.StatementSpec seen(JdbcClient.StatementSpec statement, Viewer viewer) {
		VisibleDepartments visible = evaluations.visibleDepartments(viewer);
		return statement.param("all", visible.all()).param("ids", visible.ids().toArray(Long[]::new));
	}

}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The home page's list in SQL: the first rows of the evaluations of some departments
 * (newest year first, then by department code) with the columns the list shows and their
 * stored score, never an evaluation entity with its documents; how many there are by a
 * count; the leaves they still miss, for those rows only. Whoever calls has decided which
 * departments the viewer sees.
 */
@Component
class ListedEvaluations {

	/** One row before its grade is placed on its framework's scale. */
	record Row(EvaluationSummary summary, long frameworkId, BigDecimal total, String grade) {
	}

	private final JdbcClient jdbc;

	ListedEvaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The first {@code limit} rows of all departments' evaluations or of these. */
	List<Row> first(VisibleDepartments visible, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("limit", limit);
		if (!visible.all()) {
			params.put("departments", visible.ids().toArray(Long[]::new));
		}
		// Year by year (the years found by a loose index scan of evaluation_year), each
		// the
		// first rows in department code order through the department's code index and the
		// unique (department, year): about limit rows read per year instead of joining
		// and
		// sorting all evaluations (EXPLAIN ANALYZE at 15,000: 2 ms against 15-38 ms).
		return jdbc.sql("""
				with recursive years(year) as (
				  select max(year) from evaluation
				  union all
				  select (select max(e.year) from evaluation e where e.year < years.year) from years
				   where years.year is not null
				)
				select p.* from years y cross join lateral (
				  select e.id, e.department_id, d.code, d.name, e.year, e.status, e.version, e.unit, e.framework_id,
				         s.total, s.grade
				    from department d
				    join evaluation e on e.department_id = d.id and e.year = y.year
				    left join score_snapshot s on s.evaluation_id = e.id
				""" + (visible.all() ? "" : "   where d.id = any(:departments)\n") + """
				  order by d.code, e.id
				  limit :limit) p
				where y.year is not null
				order by p.year desc, p.code, p.id
				limit :limit""")
			.params(params)
			.query((rs, number) -> new Row(
					new EvaluationSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
							EvaluationStatus.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8)),
					rs.getLong(9), rs.getBigDecimal(10), rs.getString(11)))
			.list();
	}

	/**
	 * One page of the evaluations of all departments or of these (of one year, or all
	 * years), newest year first, then by department code: one query of the summary
	 * columns (the API's list).
	 */
	List<EvaluationSummary> page(VisibleDepartments visible, Integer year, int offset, int limit) {
		var query = jdbc.sql("""
				select e.id, e.department_id, d.code, d.name, e.year, e.status, e.version, e.unit
				  from evaluation e join department d on d.id = e.department_id""" + where(visible, year) + """

				order by e.year desc, d.code, e.id
				offset :offset limit :limit""").param("offset", offset).param("limit", limit);
		query = withParams(query, visible, year);
		return query
			.query((rs, number) -> new EvaluationSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), EvaluationStatus.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8)))
			.list();
	}

	/** How many evaluations all departments or these have, of one year or all. */
	int count(VisibleDepartments visible, Integer year) {
		return withParams(jdbc.sql("select count(*) from evaluation e" + where(visible, year)), visible, year)
			.query(Integer.class)
			.single();
	}

	/** How many evaluations all departments or these have. */
	int count(VisibleDepartments visible) {
		return count(visible, null);
	}

	/**
	 * The leaves each of these evaluations still lacks inputs for, as
	 * {@code 3.2.1 预算执行率}, in the sheet's order; an evaluation lacking none is absent.
	 */
	Map<Long, List<String>> missingLeaves(Collection<Long> evaluationIds) {
		Map<Long, List<String>> missing = new LinkedHashMap<>();
		if (evaluationIds.isEmpty()) {
			return missing;
		}
		jdbc.sql("""
				select evaluation_id, code, name from score_snapshot_line
				 where evaluation_id = any(:ids) and level = 3 and missing
				 order by evaluation_id, position""")
			.param("ids", evaluationIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				missing.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(rs.getString(2) + " " + rs.getString(3));
			});
		return missing;
	}

	/**
	 * The years each of these departments has an evaluation of, newest first; a
	 * department without any is absent.
	 */
	Map<Long, List<Integer>> years(Collection<Long> departmentIds) {
		Map<Long, List<Integer>> years = new LinkedHashMap<>();
		if (departmentIds.isEmpty()) {
			return years;
		}
		jdbc.sql("select department_id, year from evaluation where department_id = any(:ids) order by year desc")
			.param("ids", departmentIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				years.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getInt(2));
			});
		return years;
	}

	private static String where(VisibleDepartments visible, Integer year) {
		String departments = visible.all() ? "" : " where e.department_id = any(:departments)";
		return year == null ? departments
				: departments + (departments.isEmpty() ? " where" : " and") + " e.year = :year";
	}

	private static JdbcClient.StatementSpec withParams(JdbcClient.StatementSpec query, VisibleDepartments visible,
			Integer year) {
		if (!visible.all()) {
			query = query.param("departments", visible.ids().toArray(Long[]::new));
		}
		return year == null ? query : query.param("year", year);
	}

}

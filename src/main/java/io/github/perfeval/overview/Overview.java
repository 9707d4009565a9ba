package io.github.perfeval.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.VisibleDepartments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview of a year: the evaluations of the departments the viewer sees (decided by
 * {@link EvaluationService#visibleDepartments} on every call), read from the stored
 * scores in one query for the page's rows (filtered, sorted and paged by the database),
 * one for their 一级指标 lines and one for the counts of all pages; nothing is scored here.
 */
@Service
@Transactional(readOnly = true)
public class Overview {

	/**
	 * Each framework's grades with their place on its scale (1 the best) and how many it
	 * has, from the framework's own {@code grades}.
	 */
	private static final String GRADE_RANKS = """
			with grade_rank as (
			  select f.id as framework_id, g.value ->> 'name' as name,
			         row_number() over (partition by f.id order by (g.value ->> 'min')::numeric desc) as rank,
			         count(*) over (partition by f.id) as steps
			    from indicator_framework f cross join lateral jsonb_array_elements(f.grades::jsonb) g
			)
			""";

	/** What the filters and the orders read ({@code gr} for the order by grade). */
	private static final String FROM = """
			  from evaluation e
			  join department d on d.id = e.department_id
			  left join score_snapshot s on s.evaluation_id = e.id
			  left join grade_rank gr on gr.framework_id = e.framework_id and gr.name = s.grade
			""";

	private final JdbcClient jdbc;

	private final EvaluationService evaluations;

	private final List<OverviewCount> counts;

	Overview(JdbcClient jdbc, EvaluationService evaluations, List<OverviewCount> counts) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.counts = counts;
	}

	/**
	 * The page the filter asks for, of the departments the viewer sees; a page beyond the
	 * last is the last.
	 */
	public OverviewPage page(OverviewFilter filter, Viewer viewer) {
		VisibleDepartments visible = evaluations.visibleDepartments(viewer);
		List<Integer> years = years(visible);
		int year = filter.year() != null ? filter.year()
				: years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
		OverviewFilter applied = filter.inYear(year);
		Where where = where(applied, visible);
		OverviewSummary summary = summary(where);
		int pages = Math.max(1, (summary.count() + OverviewFilter.PAGE_SIZE - 1) / OverviewFilter.PAGE_SIZE);
		applied = applied.onPage(Math.min(applied.page(), pages));
		List<OverviewRow> rows = rows(where, applied);
		List<Long> ids = rows.stream().map(OverviewRow::evaluationId).toList();
		Map<Long, Map<OverviewRow.GroupColumn, java.math.BigDecimal>> groups = new HashMap<>();
		List<OverviewRow.GroupColumn> columns = groups(ids, groups);
		rows = rows.stream().map(row -> row.withGroups(groups.getOrDefault(row.evaluationId(), Map.of()))).toList();
		List<OverviewPage.CountColumn> countColumns = counts.stream()
			.map(count -> new OverviewPage.CountColumn(count.headingKey(), ids.isEmpty() ? Map.of() : count.of(ids)))
			.toList();
		return new OverviewPage(applied, years, rows, columns, countColumns, summary, pages);
	}

	/**
	 * The framework versions and their grades (best first) the filters offer: those
	 * stored, a short list that no evaluation needs to be read for.
	 */
	public OverviewChoices choices() {
		List<OverviewChoices.Framework> frameworks = jdbc
			.sql("select id, code, version, name from indicator_framework order by code, version")
			.query((rs, row) -> new OverviewChoices.Framework(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getString(4)))
			.list();
		List<String> grades = jdbc
			.sql(GRADE_RANKS + "select name from grade_rank group by name order by min(rank), name")
			.query(String.class)
			.list();
		return new OverviewChoices(frameworks, grades);
	}

	private List<Integer> years(VisibleDepartments visible) {
		return visible.all()
				? jdbc.sql("select distinct year from evaluation order by year desc").query(Integer.class).list()
				: jdbc.sql("select distinct year from evaluation where department_id = any(:ids) order by year desc")
					.param("ids", visible.ids().toArray(Long[]::new))
					.query(Integer.class)
					.list();
	}

	/**
	 * A where clause over {@code e}, {@code d} and (with a grade) {@code s}, with its
	 * parameters.
	 */
	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(OverviewFilter filter, VisibleDepartments visible) {
		StringBuilder sql = new StringBuilder(" e.year = :year");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("year", filter.year());
		if (!visible.all()) {
			sql.append(" and e.department_id = any(:departments)");
			params.put("departments", visible.ids().toArray(Long[]::new));
		}
		if (filter.status() != null) {
			sql.append(" and e.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.typeId() != null) {
			sql.append(" and d.type_id = :typeId");
			params.put("typeId", filter.typeId());
		}
		if (filter.untyped()) {
			sql.append(" and d.type_id is null");
		}
		if (filter.frameworkId() != null) {
			sql.append(" and e.framework_id = :frameworkId");
			params.put("frameworkId", filter.frameworkId());
		}
		if (filter.name() != null) {
			sql.append(" and (strpos(lower(d.name), lower(:name)) > 0 or strpos(lower(d.code), lower(:name)) > 0)");
			params.put("name", filter.name());
		}
		if (filter.grade() != null) {
			sql.append(" and s.grade = :grade");
			params.put("grade", filter.grade());
		}
		return new Where(sql.toString(), params);
	}

	private OverviewSummary summary(Where where) {
		List<OverviewSummary.GradeCount> grades = new ArrayList<>();
		List<OverviewSummary.TypeAverage> types = new ArrayList<>();
		int[] count = { 0 };
		java.math.BigDecimal[] average = { null };
		jdbc.sql("""
				select grouping(s.grade) as by_grade, grouping(d.type_id) as by_type, s.grade, t.name,
				       count(*), round(avg(s.total), 2), max(s.total), min(t.position)
				  from evaluation e
				  join department d on d.id = e.department_id
				  left join department_type t on t.id = d.type_id
				  left join score_snapshot s on s.evaluation_id = e.id
				 where""" + where.sql + """

				group by grouping sets ((), (s.grade), (d.type_id, t.name))
				order by 1, 2, case when grouping(s.grade) = 0 then max(s.total) end desc nulls last,
				          min(t.position) nulls last""").params(where.params).query((ResultSet rs) -> {
			boolean overGrades = rs.getInt(1) == 0;
			boolean overTypes = rs.getInt(2) == 0;
			if (overGrades) {
				grades.add(new OverviewSummary.GradeCount(rs.getString(3), rs.getInt(5)));
			}
			else if (overTypes) {
				types.add(new OverviewSummary.TypeAverage(rs.getString(4), rs.getInt(5), rs.getBigDecimal(6)));
			}
			else {
				count[0] = rs.getInt(5);
				average[0] = rs.getBigDecimal(6);
			}
		});
		return new OverviewSummary(count[0], average[0], grades, types);
	}

	private List<OverviewRow> rows(Where where, OverviewFilter filter) {
		String direction = filter.descending() ? " desc" : " asc";
		String order = switch (filter.sort()) {
			// Names in pinyin order (the collation of V28), as a Chinese reader expects.
			case DEPARTMENT -> "d.name collate pinyin" + direction + ", d.code" + direction;
			case TOTAL -> "s.total" + direction + " nulls last";
			case GRADE -> "gr.rank" + (filter.descending() ? " asc" : " desc") + " nulls last, s.total" + direction
					+ " nulls last";
			case LOST -> "s.points_lost" + direction + " nulls last";
			case STATUS -> "array_position(:statuses, e.status)" + direction;
			case CHANGED -> "e.updated_at" + direction;
		};
		Map<String, Object> params = new LinkedHashMap<>(where.params);
		params.put("limit", OverviewFilter.PAGE_SIZE);
		params.put("offset", (filter.page() - 1) * OverviewFilter.PAGE_SIZE);
		if (filter.sort() == OverviewSort.STATUS) {
			params.put("statuses", Arrays.stream(EvaluationStatus.values()).map(Enum::name).toArray(String[]::new));
		}
		// The page's ids from what filters and sorts, then the rest for those 50 only
		// (numbered as the ordered page comes).
		String page = "select e.id" + FROM + " where" + where.sql + "\n order by " + order
				+ ", d.code, e.id limit :limit offset :offset";
		return jdbc.sql(GRADE_RANKS + """
				select e.id, d.id, d.code, d.name, t.name, f.code, f.version, f.name, e.status,
				       s.total, s.grade, gr.rank, gr.steps, s.points_lost, s.missing_leaves, e.updated_at
				  from (select ordered.id, row_number() over () as place from (""" + page + """
				) ordered) p
				  join evaluation e on e.id = p.id
				  join department d on d.id = e.department_id
				  join indicator_framework f on f.id = e.framework_id
				  left join department_type t on t.id = d.type_id
				  left join score_snapshot s on s.evaluation_id = e.id
				  left join grade_rank gr on gr.framework_id = e.framework_id and gr.name = s.grade
				 order by p.place""").params(params).query((rs, number) -> row(rs)).list();
	}

	private static OverviewRow row(ResultSet rs) throws SQLException {
		return new OverviewRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getString(8), EvaluationStatus.valueOf(rs.getString(9)),
				rs.getBigDecimal(10), rs.getString(11), standing(rs), rs.getBigDecimal(14), (Integer) rs.getObject(15),
				rs.getTimestamp(16).toInstant(), Map.of());
	}

	/** As {@code GradeScale.standing}: the best, the second, the worst, any other. */
	private static String standing(ResultSet rs) throws SQLException {
		long rank = rs.getLong(12);
		if (rs.wasNull()) {
			return "none";
		}
		long steps = rs.getLong(13);
		return rank == 1 ? "top" : rank == steps ? "bottom" : rank == 2 ? "upper" : "lower";
	}

	/**
	 * The 一级指标 scores of these evaluations into {@code scores}; returns the columns, in
	 * the order of the frameworks' lines.
	 */
	private List<OverviewRow.GroupColumn> groups(List<Long> ids,
			Map<Long, Map<OverviewRow.GroupColumn, java.math.BigDecimal>> scores) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<OverviewRow.GroupColumn> columns = new LinkedHashSet<>();
		jdbc.sql("""
				select evaluation_id, code, name, score from score_snapshot_line
				 where evaluation_id = any(:ids) and level = 1 order by position, evaluation_id""")
			.param("ids", ids.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				OverviewRow.GroupColumn column = new OverviewRow.GroupColumn(rs.getString(2), rs.getString(3));
				columns.add(column);
				java.math.BigDecimal score = rs.getBigDecimal(4);
				if (score != null) {
					scores.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(column, score);
				}
			});
		return List.copyOf(columns);
	}

}

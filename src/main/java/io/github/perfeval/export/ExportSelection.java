package io.github.perfeval.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.VisibleDepartments;
import io.github.perfeval.evaluation.EvaluationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which evaluations a job exports, in one query: the year's evaluations of the
 * departments the requester sees, filtered by status, 单位类型 and framework, with each
 * department, its type, its framework and its stored 综合评分 and 评分等级
 * ({@code score_snapshot}); and who reviewed each last (the last 退回 or 审核通过 in the audit
 * trail), in a second. Sorted by framework, then department name in pinyin order (the
 * collation of V28, as the 总览), then code.
 */
@Component
class ExportSelection {

	/**
	 * The review acts whose actor is the evaluation's 审核人 (as
	 * {@code audit_event.action}).
	 */
	static final List<String> REVIEW_ACTS = List.of("return", "approveLevel", "approve");

	private final JdbcClient jdbc;

	private final EvaluationService evaluations;

	ExportSelection(JdbcClient jdbc, EvaluationService evaluations) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
	}

	/** One evaluation to export. */
	record Row(long evaluationId, String departmentCode, String departmentName, String typeName,
			EvaluationStatus status, String frameworkCode, int frameworkVersion, String frameworkName, BigDecimal total,
			String grade, boolean scored) {
	}

	@Transactional(readOnly = true)
	List<Row> rows(ExportRequest request, Viewer viewer) {
		VisibleDepartments visible = evaluations.visibleDepartments(viewer);
		return jdbc.sql("""
				select e.id, d.code, d.name, t.name, e.status, f.code, f.version, f.name, s.total, s.grade,
				       s.evaluation_id is not null and s.valid
				  from evaluation e
				  join department d on d.id = e.department_id
				  left join department_type t on t.id = d.type_id
				  join indicator_framework f on f.id = e.framework_id
				  left join score_snapshot s on s.evaluation_id = e.id
				 where e.year = :year
				   and (cast(:status as varchar) is null or e.status = :status)
				   and (cast(:type as bigint) is null or d.type_id = :type)
				   and (not :untyped or d.type_id is null)
				   and (cast(:framework as varchar) is null or f.code = :framework)
				   and (:all or d.id = any(:departments))
				 order by f.code, f.version, d.name collate pinyin, d.code""")
			.param("year", request.year())
			.param("status", request.status() == null ? null : request.status().name())
			.param("type", request.typeId())
			.param("untyped", request.untyped())
			.param("framework", request.frameworkCode())
			.param("all", visible.all())
			.param("departments", visible.ids().toArray(Long[]::new))
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					EvaluationStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8),
					rs.getBigDecimal(9), rs.getString(10), rs.getBoolean(11)))
			.list();
	}

	/** Who returned or approved each evaluation last (a username), by evaluation. */
	@Transactional(readOnly = true)
	Map<Long, String> reviewers(List<Long> evaluationIds) {
		Map<Long, String> reviewers = new HashMap<>();
		if (evaluationIds.isEmpty()) {
			return reviewers;
		}
		jdbc.sql("""
				select distinct on (evaluation_id) evaluation_id, actor
				  from audit_event
				 where evaluation_id = any(:ids) and action = any(:acts)
				 order by evaluation_id, created_at desc, id desc""")
			.param("ids", evaluationIds.toArray(Long[]::new))
			.param("acts", REVIEW_ACTS.toArray(String[]::new))
			.query((java.sql.ResultSet rs) -> {
				reviewers.put(rs.getLong(1), rs.getString(2));
			});
		return reviewers;
	}

	/**
	 * The lines (groups and leaves) the snapshots of these evaluations have, each level,
	 * code and name once with the number of evaluations that have it.
	 */
	@Transactional(readOnly = true)
	List<ResultColumns.Column> lines(List<Long> evaluationIds) {
		if (evaluationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select level, code, name, min(group_code), count(*)
				  from score_snapshot_line where evaluation_id = any(:ids) group by level, code, name""")
			.param("ids", evaluationIds.toArray(Long[]::new))
			.query((rs, row) -> new ResultColumns.Column(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getInt(5)))
			.list();
	}

	static List<Long> ids(List<Row> rows) {
		List<Long> ids = new ArrayList<>(rows.size());
		rows.forEach(row -> ids.add(row.evaluationId()));
		return ids;
	}

}

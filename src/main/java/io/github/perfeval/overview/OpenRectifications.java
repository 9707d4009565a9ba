package io.github.perfeval.overview;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.github.perfeval.rectification.RectificationOverview;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 未完成整改: the 整改事项 of the evaluation's department that a reviewer has not confirmed 已完成
 * yet, of whatever year they were raised in (RectificationOverview).
 */
@Component
@Order(1)
class OpenRectifications implements OverviewCount {

	private final JdbcClient jdbc;

	private final RectificationOverview rectifications;

	OpenRectifications(JdbcClient jdbc, RectificationOverview rectifications) {
		this.jdbc = jdbc;
		this.rectifications = rectifications;
	}

	@Override
	public String headingKey() {
		return "overview.col.openRectifications";
	}

	@Override
	public Map<Long, Integer> of(Collection<Long> evaluationIds) {
		Map<Long, Long> departments = new HashMap<>();
		jdbc.sql("select id, department_id from evaluation where id = any(:ids)")
			.param("ids", evaluationIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				departments.put(rs.getLong(1), rs.getLong(2));
			});
		Map<Long, Integer> open = rectifications.openItemsByDepartment(departments.values());
		Map<Long, Integer> counts = new HashMap<>();
		departments.forEach((evaluation, department) -> {
			if (open.containsKey(department)) {
				counts.put(evaluation, open.get(department));
			}
		});
		return counts;
	}

}

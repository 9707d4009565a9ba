package io.github.perfeval.rectification;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改 figures across departments, for the overview: a module that calls it has checked
 * which departments its viewer sees.
 */
@Service
public class RectificationOverview {

	private final JdbcClient jdbc;

	RectificationOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many 整改事项 each department has open (not confirmed 已完成 by a reviewer), over all
	 * its years, in one query; a department without open items is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> openItemsByDepartment(Collection<Long> departmentIds) {
		Map<Long, Integer> open = new HashMap<>();
		if (departmentIds.isEmpty()) {
			return open;
		}
		jdbc.sql("""
				select department_id, count(*) from rectification_item
				 where confirmed_at is null and department_id = any(:ids) group by department_id""")
			.param("ids", departmentIds.toArray(Long[]::new))
			.query((java.sql.ResultSet row) -> {
				open.put(row.getLong(1), row.getInt(2));
			});
		return open;
	}

}

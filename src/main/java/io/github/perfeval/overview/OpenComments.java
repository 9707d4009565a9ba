package io.github.perfeval.overview;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待答复意见: the reviewers' remarks (审核意见 of kind {@code COMMENT}, not the reasons of an
 * 调整得分) of an evaluation's current round that the filler has not answered yet; remarks of
 * an earlier round can no longer be answered and are not counted.
 */
@Component
@Order(0)
class OpenComments implements OverviewCount {

	private final JdbcClient jdbc;

	OpenComments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String headingKey() {
		return "overview.col.openComments";
	}

	@Override
	public Map<Long, Integer> of(Collection<Long> evaluationIds) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select c.evaluation_id, count(*) from review_comment c join evaluation e on e.id = c.evaluation_id
				 where c.evaluation_id = any(:ids) and c.kind = 'COMMENT' and c.reply is null
				   and c.round = e.submissions
				 group by c.evaluation_id""").param("ids", evaluationIds.toArray(Long[]::new)).query((ResultSet rs) -> {
			counts.put(rs.getLong(1), rs.getInt(2));
		});
		return counts;
	}

}

package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.ScoringSheet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored score of each evaluation ({@link ScoreSnapshot}): written in the transaction
 * of every change that moves a score ({@link SnapshotRefresh}), read by lists, the
 * overview, charts and batch exports instead of scoring again. Reading does not check who
 * may see the evaluation: the callers have selected evaluations the viewer sees.
 */
@Service
@Transactional(readOnly = true)
public class ScoreSnapshots {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ScoreSnapshots(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public Optional<ScoreSnapshot> of(long evaluationId) {
		return Optional.ofNullable(of(List.of(evaluationId)).get(evaluationId));
	}

	/** The snapshots of these evaluations, by evaluation; one without any is absent. */
	public Map<Long, ScoreSnapshot> of(Collection<Long> evaluationIds) {
		if (evaluationIds.isEmpty()) {
			return Map.of();
		}
		Long[] ids = evaluationIds.toArray(Long[]::new);
		Map<Long, List<ScoreSnapshot.Line>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select evaluation_id, level, code, name, group_code, weight, score, lost, missing
				  from score_snapshot_line where evaluation_id = any(:ids) order by evaluation_id, position""")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ScoreSnapshot.Line(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBoolean(9)));
			});
		Map<Long, ScoreSnapshot> result = new LinkedHashMap<>();
		jdbc.sql("""
				select evaluation_id, evaluation_version, total, grade, points_lost, missing_leaves, valid
				  from score_snapshot where evaluation_id = any(:ids)""").param("ids", ids).query((ResultSet rs) -> {
			long id = rs.getLong(1);
			result.put(id, snapshot(rs, lines.getOrDefault(id, List.of())));
		});
		return result;
	}

	private static ScoreSnapshot snapshot(ResultSet rs, List<ScoreSnapshot.Line> lines) throws SQLException {
		return new ScoreSnapshot(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
				rs.getBigDecimal(5), rs.getInt(6), rs.getBoolean(7), lines);
	}

	/** The snapshot a scoring gives, for the evaluation at this version. */
	static ScoreSnapshot of(long evaluationId, long version, Scored scored) {
		ScoringSheet sheet = scored.sheet();
		if (sheet == null) {
			return new ScoreSnapshot(evaluationId, version, null, null, null, 0, false, List.of());
		}
		List<ScoreSnapshot.Line> lines = new ArrayList<>();
		sheet.groups()
			.forEach(group -> lines.add(new ScoreSnapshot.Line(group.level(), group.code(), group.name(), null,
					cents(group.weight()), cents(group.score()), group.maximum() == null || group.score() == null ? null
							: cents(group.maximum().subtract(group.score())),
					false)));
		BigDecimal lost = BigDecimal.ZERO.setScale(2);
		java.util.Set<String> missing = new java.util.HashSet<>();
		sheet.missing().forEach(leaf -> missing.add(leaf.code()));
		for (ScoringSheet.LeafScore leaf : sheet.leaves()) {
			List<Indicator> ancestors = scored.tree().ancestorsOf(leaf.code());
			String group = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1).code();
			lines.add(new ScoreSnapshot.Line(3, leaf.code(), leaf.name(), group, cents(leaf.weight()),
					cents(leaf.finalScore()), cents(leaf.lost()), missing.contains(leaf.code())));
			if (leaf.lost() != null) {
				lost = lost.add(leaf.lost());
			}
		}
		return new ScoreSnapshot(evaluationId, version, cents(sheet.total()), sheet.grade(), lost,
				sheet.missing().size(), scored.valid(), lines);
	}

	/**
	 * A score or weight as stored (numeric(9, 2)): scores are rounded to the cent once
	 * per leaf already, weights have two decimals at most, so nothing is rounded here.
	 */
	private static BigDecimal cents(BigDecimal value) {
		return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	/**
	 * Stores a snapshot unless one of a later version of the evaluation is stored already
	 * (a refresh after start-up racing a save never puts an older score back).
	 */
	@Transactional
	void store(ScoreSnapshot snapshot) {
		int written = jdbc.sql("""
				insert into score_snapshot (evaluation_id, evaluation_version, total, grade, points_lost,
				                            missing_leaves, valid, scored_at)
				values (:id, :version, :total, :grade, :lost, :missing, :valid, now())
				on conflict (evaluation_id) do update
				   set evaluation_version = excluded.evaluation_version, total = excluded.total,
				       grade = excluded.grade, points_lost = excluded.points_lost,
				       missing_leaves = excluded.missing_leaves, valid = excluded.valid, scored_at = now()
				 where score_snapshot.evaluation_version <= excluded.evaluation_version""")
			.param("id", snapshot.evaluationId())
			.param("version", snapshot.evaluationVersion())
			.param("total", snapshot.total())
			.param("grade", snapshot.grade())
			.param("lost", snapshot.pointsLost())
			.param("missing", snapshot.missingLeaves())
			.param("valid", snapshot.valid())
			.update();
		if (written == 0) {
			return;
		}
		jdbc.sql("delete from score_snapshot_line where evaluation_id = :id")
			.param("id", snapshot.evaluationId())
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (ScoreSnapshot.Line line : snapshot.lines()) {
			rows.add(new Object[] { snapshot.evaluationId(), rows.size(), line.level(), line.code(), line.name(),
					line.groupCode(), line.weight(), line.score(), line.lost(), line.missing() });
		}
		batch.batchUpdate("""
				insert into score_snapshot_line (evaluation_id, position, level, code, name, group_code, weight,
				                                 score, lost, missing)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

}

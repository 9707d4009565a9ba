package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored score snapshot equals a fresh score of the evaluation after every kind of
 * change that moves a score — import, creation, a save of the editor, 提交, a reviewer's
 * 调整得分, 退回, a change of a leaf's 分值 (reweighting the draft) and of its 个性指标 — and after
 * start-up where it was stale.
 */
@PostgresIntegrationTest
class ScoreSnapshotTests {

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ReviewService reviews;

	@Autowired
	CustomIndicatorService customizing;

	@Autowired
	ScoreSnapshots snapshots;

	@Autowired
	SnapshotRefresh refresh;

	@Autowired
	EvaluationRepository repository;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	Viewer admin = new Viewer("admin", "admin", Role.ADMIN, Set.of());

	Viewer filler;

	Viewer reviewer = new Viewer("snapshot-reviewer", "审核人", Role.REVIEWER, Set.of(), 1, true, false);

	long id;

	@BeforeEach
	void importLuohu() {
		users.reset();
		DepartmentRef department = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		filler = new Viewer("snapshot-filler", "填报人", Role.FILLER, Set.of(department.id()));
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		id = evaluations
			.importDocument(json.readValue(SeedCases.json(document), EvaluationDocument.class), admin, false)
			.evaluation()
			.id();
	}

	@Test
	void importedEvaluationIsSnapshottedAsScored() {
		ScoreSnapshot snapshot = snapshots.of(id).orElseThrow();
		assertThat(snapshot.total()).isEqualByComparingTo(fresh().sheet().total());
		assertThat(snapshot.level(3)).hasSize(fresh().sheet().leaves().size());
		assertThat(snapshot.level(1)).extracting(ScoreSnapshot.Line::code).containsExactly("1", "2", "3");
		assertEqualsFresh();
	}

	@Test
	void aSavedDraftMovesTheSnapshot() {
		BigDecimal before = snapshots.of(id).orElseThrow().total();
		long version = evaluations.summary(id, admin).version();
		evaluations.saveDraft(id, filler, new EditorInput(version,
				Map.of("1.1.1", Map.<String, Object>of("items", List.of(0, 0, 0, 0, 0))), null, null, null, null));
		assertThat(snapshots.of(id).orElseThrow().total()).isLessThan(before);
		assertEqualsFresh();
	}

	@Test
	void anOverrideAndAReturnMoveTheSnapshot() {
		long version = evaluations.summary(id, admin).version();
		evaluations.submit(id, filler, version);
		ScoreSnapshot submitted = snapshots.of(id).orElseThrow();
		version = evaluations.summary(id, admin).version();
		reviews.override(id, reviewer, version, "2.1.1", new BigDecimal("0.50"), "预算调整未报备");
		ScoreSnapshot overridden = snapshots.of(id).orElseThrow();
		assertThat(overridden.lines()).filteredOn(line -> line.code().equals("2.1.1"))
			.singleElement()
			.satisfies(line -> assertThat(line.score()).isEqualByComparingTo("0.50"));
		assertThat(overridden.total()).isNotEqualByComparingTo(submitted.total());
		assertEqualsFresh();
		version = evaluations.summary(id, admin).version();
		reviews.returnToFiller(id, reviewer, version, "请核对表 1-1");
		assertThat(snapshots.of(id).orElseThrow().evaluationVersion())
			.isEqualTo(evaluations.summary(id, admin).version());
		assertEqualsFresh();
	}

	@Test
	void reweightingTheDraftMovesTheSnapshot() {
		long version = evaluations.summary(id, admin).version();
		// 3.4.1 from 3 to 2 分, a 个性指标 of 1 分 added: the 二级 group keeps its 分值.
		customizing.customize(id, filler, new GroupCustomization(version, "3.4", Map.of("3.4.1", new BigDecimal("2")),
				Map.of(), Set.of(), new GroupCustomization.NewIndicator(null, "群众满意度回访", "manual", BigDecimal.ONE)));
		ScoreSnapshot snapshot = snapshots.of(id).orElseThrow();
		assertThat(snapshot.lines()).filteredOn(line -> line.code().equals("3.4.1"))
			.singleElement()
			.satisfies(line -> assertThat(line.weight()).isEqualByComparingTo("2"));
		assertThat(snapshot.missingLeaves()).isEqualTo(1);
		assertThat(snapshot.grade()).isNull();
		assertEqualsFresh();
	}

	@Test
	void aNewEvaluationIsSnapshottedEmpty() {
		DepartmentRef other = users.department("FT-JYJ", "深圳市福田区教育局");
		long created = evaluations.create(other.id(), 2024, admin, false).id();
		ScoreSnapshot snapshot = snapshots.of(created).orElseThrow();
		assertThat(snapshot.grade()).isNull();
		assertThat(snapshot.missingLeaves()).isPositive();
		assertThat(snapshot.evaluationVersion()).isEqualTo(evaluations.summary(created, admin).version());
	}

	@Test
	void staleSnapshotsAreRefreshed() {
		jdbc.update("delete from score_snapshot where evaluation_id = ?", id);
		assertThat(snapshots.of(id)).isEmpty();
		assertThat(refresh.refreshStale()).isEqualTo(1);
		assertEqualsFresh();
		assertThat(refresh.refreshStale()).isZero();
	}

	private Scored fresh() {
		return evaluations.sheet(id, admin);
	}

	/** The snapshot, line by line, is the sheet of a fresh score. */
	private void assertEqualsFresh() {
		Scored scored = fresh();
		ScoreSnapshot expected = ScoreSnapshots.of(id, evaluations.summary(id, admin).version(), scored);
		assertThat(snapshots.of(id)).contains(expected);
	}

}

package io.github.perfeval.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated departments: as many as asked, each with an evaluation of each year, all
 * snapshotted, the copies' snapshots equal to a fresh score, types, statuses and grades
 * spread, the same from the same seed.
 */
@GeneratedDepartmentsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDepartmentsTests {

	@Autowired
	GeneratedDepartments generator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ScoreSnapshots snapshots;

	GeneratedDepartments.Generated generated;

	@BeforeAll
	void generate() {
		generated = generator.ensure();
	}

	@Test
	void everyDepartmentHasAnEvaluationOfEachYearAllSnapshotted() {
		assertThat(generated.departments()).isEqualTo(GeneratedDepartments.COUNT);
		assertThat(generated.evaluations()).isEqualTo(GeneratedDepartments.COUNT * GeneratedDepartments.YEARS.size());
		assertThat(jdbc.queryForObject("select count(*) from department where code like 'GEN-%'", Integer.class))
			.isEqualTo(GeneratedDepartments.COUNT);
		assertThat(jdbc.queryForObject("""
				select count(*) from evaluation e left join score_snapshot s on s.evaluation_id = e.id
				 where s.evaluation_id is null or s.evaluation_version <> e.version""", Integer.class)).isZero();
		assertThat(jdbc.queryForList("select distinct year from evaluation order by year", Integer.class))
			.isEqualTo(GeneratedDepartments.YEARS);
	}

	@Test
	void typesStatusesGradesAndFrameworksAreSpread() {
		assertThat(jdbc.queryForObject(
				"select count(distinct type_id) from department where code like 'GEN-%' and type_id is not null",
				Integer.class))
			.isEqualTo(5);
		assertThat(jdbc.queryForList("select distinct status from evaluation where year = ?", String.class,
				generated.lastYear()))
			.containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "RETURNED", "APPROVED");
		assertThat(jdbc.queryForList("select distinct grade from score_snapshot where grade is not null", String.class))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("select count(distinct total) from score_snapshot", Integer.class))
			.isGreaterThan(20);
		assertThat(jdbc.queryForObject("select count(distinct framework_id) from evaluation", Integer.class))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("""
				select count(*) from review_comment c join evaluation e on e.id = c.evaluation_id
				 where c.reply is null and e.status in ('SUBMITTED', 'RETURNED')""", Integer.class)).isPositive();
	}

	@Test
	void theCopiesScoreAsTheirSnapshotsSay() {
		Viewer admin = new Viewer("admin", "admin", Role.ADMIN, Set.of());
		List<Long> sample = jdbc.queryForList("select id from evaluation order by id desc limit 25", Long.class);
		Map<Long, ScoreSnapshot> stored = snapshots.of(sample);
		for (long id : sample) {
			BigDecimal fresh = evaluations.sheet(id, admin).sheet().total();
			assertThat(stored.get(id).total()).as("evaluation %d", id).isEqualByComparingTo(fresh);
			assertThat(stored.get(id).grade()).isEqualTo(evaluations.sheet(id, admin).sheet().grade());
		}
	}

	@Test
	void theSameSeedGivesTheSameTemplates() {
		for (int t : List.of(2, 5, 19)) {
			assertThat(GeneratedDepartments.template(t, new Random(7)))
				.isEqualTo(GeneratedDepartments.template(t, new Random(7)));
		}
		assertThat(GeneratedDepartments.template(4, new Random(7)))
			.isNotEqualTo(GeneratedDepartments.template(4, new Random(8)));
	}

}

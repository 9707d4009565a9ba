package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 以上年自评为基础新建: a new year takes from the department's latest earlier evaluation what stays
 * from year to year, its 个性指标 only on request, and nothing a year fills in or a reviewer
 * decides; the record says which year it started from. On PostgreSQL.
 */
@PostgresIntegrationTest
class YearOverYearTests {

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ReviewService reviews;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ScoreSnapshots snapshots;

	@Autowired
	io.github.perfeval.account.UserAccounts accounts;

	DepartmentRef luohu;

	Viewer filler;

	EvaluationDocument earlier;

	long earlierId;

	@BeforeEach
	void luohu2024ImportedAsYear2023WithAGoalReportSubmittedAndCommented() {
		users.reset();
		luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("zhangying", luohu);
		filler = new Viewer("zhangying", "zhangying", Role.FILLER, Set.of(luohu.id()));
		ObjectNode document = SeedCases.complete(SeedCases.tree(SeedCases.LUOHU));
		document.put("year", 2023);
		// The HKU seed's 自评表, so that every part of the report has something to copy.
		document.set("goalReport", SeedCases.tree(SeedCases.HKU).get("goalReport"));
		EvaluationDocument imported = json.readValue(SeedCases.json(document), EvaluationDocument.class);
		earlierId = evaluations.importDocument(imported, new Viewer("admin", "admin", Role.ADMIN, Set.of()), false)
			.evaluation()
			.id();
		long version = evaluations.summary(earlierId, filler).version();
		evaluations.submit(earlierId, filler, version, true);
		Viewer reviewer = new Viewer("shenhe", "shenhe", Role.REVIEWER, Set.of(luohu.id()));
		reviews.comment(earlierId, reviewer, evaluations.summary(earlierId, filler).version(), "2.1.1",
				"采购执行率偏低，请说明原因");
		earlier = evaluations.export(earlierId, filler);
	}

	@Test
	void aNewYearCopiesTextsUnitNamesGoalTargetsAndSignatoriesOnly() {
		EvaluationSummary created = evaluations.create(luohu.id(), 2024, null, filler, false,
				new EvaluationService.Start(true, false));
		EvaluationDocument copy = evaluations.export(created.id(), filler);

		assertThat(created.status()).isEqualTo(EvaluationStatus.DRAFT);
		assertThat(copy.year()).isEqualTo(2024);
		assertThat(copy.texts()).isEqualTo(earlier.texts()).containsKeys("functions", "annualTasks", "plans");
		assertThat(copy.units()).extracting(EvaluationDocument.Unit::name)
			.containsExactlyElementsOf(earlier.units().stream().map(EvaluationDocument.Unit::name).toList())
			.contains("深圳市罗湖区卫生健康局（本级）", "深圳市罗湖医院集团");
		assertThat(copy.units()).allSatisfy(unit -> {
			assertThat(unit.initialBudget()).isNull();
			assertThat(unit.adjustedBudget()).isNull();
			assertThat(unit.finalAccounts()).isNull();
		});
		assertThat(copy.totals()).as("the year's stated totals").isNull();
		assertThat(copy.unit()).isEqualTo("万元");
		assertThat(copy.signatories())
			.isEqualTo(new EvaluationDocument.Signatories("张莹", "孔舒", "0755-88161338", null, "我局"));

		EvaluationDocument.GoalReport goals = copy.goalReport();
		EvaluationDocument.GoalReport before = earlier.goalReport();
		assertThat(goals.unit()).isEqualTo("元");
		assertThat(goals.tasks()).hasSameSizeAs(before.tasks());
		for (int i = 0; i < goals.tasks().size(); i++) {
			EvaluationDocument.GoalTask task = before.tasks().get(i);
			assertThat(goals.tasks().get(i))
				.isEqualTo(new EvaluationDocument.GoalTask(task.name(), task.content(), null, null, null, null, null));
		}
		assertThat(goals.totals()).isNull();
		assertThat(goals.annualGoal())
			.isEqualTo(new EvaluationDocument.AnnualGoal(before.annualGoal().expected(), null));
		assertThat(goals.indicators()).hasSameSizeAs(before.indicators()).isNotEmpty();
		for (int i = 0; i < goals.indicators().size(); i++) {
			EvaluationDocument.GoalIndicator row = before.indicators().get(i);
			assertThat(goals.indicators().get(i))
				.isEqualTo(new EvaluationDocument.GoalIndicator(row.level1(), row.level2(), row.name(), row.expected(),
						null, row.nature(), row.target(), row.unit(), null, null, row.points(), null));
		}
		assertThat(before.indicators()).as("the source had achieved values not to copy")
			.anySatisfy(row -> assertThat(row.achieved()).isNotNull());

		assertThat(copy.indicators()).as("no leaf input").isNull();
		assertThat(copy.overrides()).as("no 调整得分").isNull();
		assertThat(copy.customIndicators()).as("个性指标 only on request").isNull();
		assertThat(copy.weights()).isNull();
		assertThat(reviews.notes(created.id(), filler)).as("no review comment").isEmpty();
		assertThat(
				jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, created.id()))
			.isZero();
		assertThat(evaluations.summary(earlierId, filler).status()).as("the source is untouched")
			.isEqualTo(EvaluationStatus.SUBMITTED);
	}

	@Test
	void theNewDraftScoresAsAnEmptyEvaluationOfTheFrameworkUntilItIsFilledIn() {
		EvaluationSummary created = evaluations.create(luohu.id(), 2024, null, filler, false,
				new EvaluationService.Start(true, false));

		Scored scored = evaluations.sheet(created.id(), filler);
		List<String> leaves = scored.tree().leaves().stream().map(Indicator::code).toList();
		assertThat(scored.valid()).isTrue();
		assertThat(scored.sheet().missing()).hasSize(leaves.size());
		assertThat(leaves).as("the framework's 3.3.1, not last year's 个性指标").contains("3.3.1").doesNotContain("3.3.5");
		assertThat(scored.tree().leaf("3.3.1").orElseThrow().name()).isNotEqualTo("提升医疗卫生基础设施水平");
		ScoreSnapshot snapshot = snapshots.of(created.id()).orElseThrow();
		assertThat(snapshot.missingLeaves()).isEqualTo(leaves.size());
		assertThat(snapshot.grade()).isNull();
		assertThat(snapshot.level(3)).extracting(ScoreSnapshot.Line::score).containsOnlyNulls();
	}

	@Test
	void customIndicatorsAndWeightsComeOnlyWhenAskedFor() {
		EvaluationSummary created = evaluations.create(luohu.id(), 2024, null, filler, false,
				new EvaluationService.Start(true, true));
		EvaluationDocument copy = evaluations.export(created.id(), filler);

		assertThat(copy.customIndicators()).isEqualTo(earlier.customIndicators());
		assertThat(copy.weights()).isEqualTo(earlier.weights());
		Scored scored = evaluations.sheet(created.id(), filler);
		assertThat(scored.valid()).isTrue();
		assertThat(scored.tree().leaf("3.3.1").orElseThrow().name()).isEqualTo("提升医疗卫生基础设施水平");
		assertThat(scored.tree().totalWeight()).isEqualByComparingTo(new BigDecimal("100"));
		assertThat(scored.tree().leaves()).extracting(Indicator::code)
			.containsExactlyElementsOf(
					evaluations.sheet(earlierId, filler).tree().leaves().stream().map(Indicator::code).toList());
		assertThat(scored.sheet().missing()).hasSize(scored.tree().leaves().size());
		assertThat(copy.indicators()).isNull();
		assertThat(copy.overrides()).isNull();
	}

	@Test
	void theRecordSaysWhichYearItStartedFromAndWhatCameAlong() throws Exception {
		EvaluationSummary plain = evaluations.create(luohu.id(), 2024, null, filler, false,
				new EvaluationService.Start(true, true));

		assertThat(jdbc.queryForList("select action || ' ' || detail || ' ' || coalesce(field, '-') from audit_event"
				+ " where evaluation_id = ? and action like 'CREATED%'", String.class, plain.id()))
			.containsExactly("CREATED_FROM 2023 customIndicators");
		assertThat(jdbc.queryForList("select field from audit_event where evaluation_id = ? and action = 'CHANGED'"
				+ " and detail = 'copy' order by id", String.class, plain.id()))
			.contains("texts.functions", "units", "signatories.filledBy", "goalReport.tasks[1]",
					"goalReport.indicators[1]", "customName", "customIndicators.remove")
			.doesNotContain("signatories.notice", "totals.initialBudget", "goalReport.totals", "plannedAmount");

		String history = mvc.get()
			.uri("/evaluations/" + plain.id() + "/history")
			.with(user(accounts.loadUserByUsername("zhangying")))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(history).contains("以往年自评为基础新建", "以 2023 年度自评为基础：复制了报告正文、表 1-1 单位名称、绩效目标（任务、指标及指标值）、填报信息和个性指标与分值",
				"以往年自评为基础新建时复制", "深圳市罗湖区卫生健康局（本级）；深圳市罗湖医院集团");
	}

	@Test
	void withoutAnEarlierYearOrWithCustomIndicatorsAloneNothingIsCreated() {
		assertThatThrownBy(() -> evaluations.create(luohu.id(), 2022, null, filler, false,
				new EvaluationService.Start(true, false)))
			.isInstanceOfSatisfying(InvalidEvaluationException.class,
					ex -> assertThat(ex.scored().violations()).singleElement()
						.satisfies(violation -> assertThat(violation.code()).isEqualTo("noEarlierYear")));
		assertThatThrownBy(() -> evaluations.create(luohu.id(), 2024, null, filler, false,
				new EvaluationService.Start(false, true)))
			.isInstanceOfSatisfying(InvalidEvaluationException.class,
					ex -> assertThat(ex.scored().violations()).singleElement()
						.satisfies(violation -> assertThat(violation.code()).isEqualTo("customWithoutEarlierYear")));
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(1);
	}

	@Test
	void theLatestEarlierYearIsTheOneCopied() {
		evaluations.create(luohu.id(), 2024, null, filler, false, EvaluationService.Start.BLANK);
		long empty2024 = evaluations.ofDepartment(luohu.id(), filler).get(0).id();

		EvaluationSummary created = evaluations.create(luohu.id(), 2025, null, filler, true,
				new EvaluationService.Start(true, false));

		assertThat(evaluations.export(created.id(), filler).texts()).as("2024's, which has none").isNull();
		assertThat(jdbc.queryForObject("select detail from audit_event where evaluation_id = ? and action = ?",
				String.class, created.id(), "CREATED_FROM"))
			.isEqualTo("2024");
		assertThat(empty2024).isNotEqualTo(created.id());
	}

}

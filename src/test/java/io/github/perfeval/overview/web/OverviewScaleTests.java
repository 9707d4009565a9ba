package io.github.perfeval.overview.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.overview.OverviewFilter;
import io.github.perfeval.overview.OverviewPage;
import io.github.perfeval.overview.OverviewRow;
import io.github.perfeval.overview.OverviewSummary;
import io.github.perfeval.support.GeneratedDepartments;
import io.github.perfeval.support.GeneratedDepartmentsTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 总览 of {@value GeneratedDepartments#COUNT} generated departments: the counts of all
 * pages agree with the database, filters and pages select what they say, and the page's
 * time is logged (the bound is for the load script, not for a shared CI machine).
 */
@GeneratedDepartmentsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewScaleTests {

	private static final Logger log = LoggerFactory.getLogger(OverviewScaleTests.class);

	@Autowired
	GeneratedDepartments generator;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	int year;

	@BeforeAll
	void generate() {
		year = generator.ensure().lastYear();
	}

	@Test
	void theLastYearOfEveryDepartmentInPagesOfFiftyWithCountsOfAll() {
		int all = count("select count(*) from evaluation where year = ?", year);
		assertThat(all).isGreaterThanOrEqualTo(GeneratedDepartments.COUNT);
		OverviewPage first = page("/overview");
		assertThat(first.filter().year()).isEqualTo(year);
		assertThat(first.summary().count()).isEqualTo(all);
		assertThat(first.rows()).hasSize(OverviewFilter.PAGE_SIZE);
		int pages = (all + OverviewFilter.PAGE_SIZE - 1) / OverviewFilter.PAGE_SIZE;
		assertThat(first.pages()).isEqualTo(pages);
		assertThat(first.groups()).isNotEmpty();

		OverviewPage last = page("/overview?page=" + pages);
		assertThat(last.rows()).hasSize(all - (pages - 1) * OverviewFilter.PAGE_SIZE);
		assertThat(page("/overview?page=" + (pages + 5)).filter().page()).isEqualTo(pages);
		OverviewPage second = page("/overview?page=2");
		assertThat(second.rows()).extracting(OverviewRow::evaluationId)
			.doesNotContainAnyElementsOf(first.rows().stream().map(OverviewRow::evaluationId).toList());

		OverviewSummary summary = first.summary();
		assertThat(summary.average()).isEqualByComparingTo(jdbc.queryForObject("""
				select round(avg(s.total), 2) from evaluation e join score_snapshot s on s.evaluation_id = e.id
				 where e.year = ?""", BigDecimal.class, year));
		assertThat(summary.grades().stream().mapToInt(OverviewSummary.GradeCount::count).sum()).isEqualTo(all);
		for (OverviewSummary.GradeCount grade : summary.grades()) {
			if (grade.name() != null) {
				assertThat(grade.count()).as(grade.name()).isEqualTo(count("""
						select count(*) from evaluation e join score_snapshot s on s.evaluation_id = e.id
						 where e.year = ? and s.grade = ?""", year, grade.name()));
			}
		}
		assertThat(summary.types()).hasSizeGreaterThanOrEqualTo(5);
		for (OverviewSummary.TypeAverage type : summary.types()) {
			if (type.name() != null) {
				assertThat(type.average()).as(type.name()).isEqualByComparingTo(jdbc.queryForObject("""
						select round(avg(s.total), 2) from evaluation e join department d on d.id = e.department_id
						  join department_type t on t.id = d.type_id join score_snapshot s on s.evaluation_id = e.id
						 where e.year = ? and t.name = ?""", BigDecimal.class, year, type.name()));
			}
		}
	}

	@Test
	void filtersAndSortsOverAllDepartments() {
		for (EvaluationStatus status : EvaluationStatus.values()) {
			OverviewPage page = page("/overview?status=" + status);
			assertThat(page.summary().count()).as(status.name())
				.isEqualTo(count("select count(*) from evaluation where year = ? and status = ?", year, status.name()));
			assertThat(page.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(status));
		}
		long hospitals = jdbc.queryForObject("select id from department_type where name = '医院'", Long.class);
		OverviewPage byType = page("/overview?type=" + hospitals + "&sort=TOTAL&dir=desc");
		assertThat(byType.summary().count()).isEqualTo(count("""
				select count(*) from evaluation e join department d on d.id = e.department_id
				 where e.year = ? and d.type_id = ?""", year, hospitals));
		assertThat(byType.rows()).allSatisfy(row -> assertThat(row.typeName()).isEqualTo("医院"));
		assertThat(byType.rows().get(0).total()).isEqualByComparingTo(jdbc.queryForObject("""
				select max(s.total) from evaluation e join department d on d.id = e.department_id
				  join score_snapshot s on s.evaluation_id = e.id where e.year = ? and d.type_id = ?""",
				BigDecimal.class, year, hospitals));
		List<BigDecimal> totals = byType.rows().stream().map(OverviewRow::total).toList();
		assertThat(totals).isSortedAccordingTo((a, b) -> b.compareTo(a));

		OverviewPage byName = page("/overview?name=罗湖区&sort=LOST&dir=asc");
		assertThat(byName.summary().count()).isEqualTo(count("""
				select count(*) from evaluation e join department d on d.id = e.department_id
				 where e.year = ? and d.name like '%罗湖区%'""", year));
		assertThat(byName.rows()).allSatisfy(row -> assertThat(row.departmentName()).contains("罗湖区"));
		assertThat(byName.rows().stream().map(OverviewRow::pointsLost).toList())
			.isSortedAccordingTo(BigDecimal::compareTo);

		Map<String, Object> open = jdbc.queryForMap("""
				select c.evaluation_id, d.code, count(*) as open from review_comment c
				  join evaluation e on e.id = c.evaluation_id join department d on d.id = e.department_id
				 where e.year = ? and c.kind = 'COMMENT' and c.reply is null and c.round = e.submissions
				 group by c.evaluation_id, d.code order by c.evaluation_id limit 1""", year);
		OverviewPage withRemarks = page("/overview?name=" + open.get("code"));
		assertThat(withRemarks.counts().get(0).of((Long) open.get("evaluation_id")))
			.isEqualTo(((Number) open.get("open")).intValue());
	}

	@Test
	void aPageTakesLittleTime() {
		String[] uris = { "/overview", "/overview?sort=TOTAL&dir=desc&page=40", "/overview?status=SUBMITTED&sort=GRADE",
				"/overview?name=医院&sort=CHANGED&dir=desc", "/overview?type=2&sort=LOST&page=3" };
		for (String uri : uris) {
			page(uri);
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			long start = System.nanoTime();
			page(uris[i % uris.length]);
			times.add((System.nanoTime() - start) / 1_000_000);
		}
		times.sort(Long::compare);
		log.info("Overview of {} departments through MockMvc: p50 {} ms, p95 {} ms", GeneratedDepartments.COUNT,
				times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
		assertThat(times.get(times.size() / 2)).isLessThan(10_000L);
	}

	private OverviewPage page(String uri) {
		MvcResult result = mvc.get()
			.uri(uri)
			.with(user(accounts.loadUserByUsername("admin")))
			.exchange()
			.getMvcResult();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return (OverviewPage) result.getModelAndView().getModel().get("page");
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

}

package io.github.perfeval.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.ScoreSnapshot;
import io.github.perfeval.evaluation.ScoreSnapshots;
import io.github.perfeval.support.GeneratedDepartments;
import io.github.perfeval.support.GeneratedDepartmentsTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results .xlsx of a year of {@link GeneratedDepartments#COUNT} departments: a row
 * for each, the stored scores in their columns, written within the time a reviewer waits
 * (the target is 10 s on a 2-core machine; the bound here leaves room for a loaded one
 * and the time is logged).
 */
@GeneratedDepartmentsTest
class BatchExportScaleTests {

	private static final Logger log = LoggerFactory.getLogger(BatchExportScaleTests.class);

	@Autowired
	GeneratedDepartments generator;

	@Autowired
	ExportRunner runner;

	@Autowired
	ExportQueue queue;

	@Autowired
	ScoreSnapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theResultsOfFiveThousandDepartmentsAreARowEachWrittenInSeconds() throws IOException {
		GeneratedDepartments.Generated generated = generator.ensure();
		int year = generated.lastYear();
		Viewer administrator = new Viewer("admin", "admin", Role.ADMIN, Set.of());
		ExportRequest request = new ExportRequest(ExportKind.RESULTS_XLSX, year, null, null, null);
		int[] steps = { 0, 0 };
		Progress counting = new Progress() {
			@Override
			public void total(int departments) {
				steps[0] = departments;
			}

			@Override
			public void step() {
				steps[1]++;
			}
		};
		// Once to warm up (classes, the statement cache), then measured.
		runner.workbook(request, administrator, Progress.NONE, new ByteArrayOutputStream());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long started = System.nanoTime();

		runner.workbook(request, administrator, counting, out);

		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Results .xlsx of {} departments: {} ms, {} bytes", steps[0], millis, out.size());
		assertThat(steps[0]).isEqualTo(GeneratedDepartments.COUNT);
		assertThat(steps[1]).isEqualTo(GeneratedDepartments.COUNT);
		assertThat(millis).as("milliseconds for %d departments", GeneratedDepartments.COUNT).isLessThan(60_000);
		Map<String, Object> probe = jdbc.queryForMap("""
				select e.id, d.name from evaluation e join department d on d.id = e.department_id
				 where e.year = ? and d.code = ?""", year, "GEN-02500");
		ScoreSnapshot snapshot = snapshots.of((Long) probe.get("id")).orElseThrow();
		int rows = 0;
		boolean probed = false;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			for (Sheet sheet : workbook) {
				rows += sheet.getLastRowNum() - 1;
				for (int i = 2; i <= sheet.getLastRowNum(); i++) {
					Row row = sheet.getRow(i);
					if (row.getCell(1).getStringCellValue().equals(probe.get("name"))) {
						int totalColumn = row.getLastCellNum() - 2;
						assertThat(BigDecimal.valueOf(row.getCell(totalColumn).getNumericCellValue()).setScale(2))
							.isEqualTo(snapshot.total());
						assertThat(row.getCell(totalColumn + 1).getStringCellValue()).isEqualTo(snapshot.grade());
						probed = true;
					}
				}
			}
		}
		assertThat(rows).isEqualTo(GeneratedDepartments.COUNT);
		assertThat(probed).isTrue();

		// The whole job: queued, claimed, written and stored in the database.
		long id = queue.enqueue(request, "admin");
		ExportQueue.Claimed claimed = queue.claim("scale#1").orElseThrow();
		started = System.nanoTime();
		runner.run(claimed, "scale#1", () -> true);
		long job = (System.nanoTime() - started) / 1_000_000;
		ExportJob done = queue.job(id).orElseThrow();
		log.info("Results job of {} departments, stored: {} ms, {} bytes", done.total(), job, done.fileSize());
		assertThat(done.status()).isEqualTo(ExportStatus.DONE);
		assertThat(done.done()).isEqualTo(GeneratedDepartments.COUNT);
		jdbc.update("delete from export_job where id = ?", id);
	}

}

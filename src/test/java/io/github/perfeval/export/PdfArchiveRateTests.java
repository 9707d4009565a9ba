package io.github.perfeval.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.Viewer;
import io.github.perfeval.report.ReportService;
import io.github.perfeval.support.GeneratedDepartments;
import io.github.perfeval.support.GeneratedDepartmentsTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .zip of 评分表 PDFs against the single download: a reviewer of {@value #DEPARTMENTS}
 * generated departments gets one PDF each, named by department, and the rate is logged
 * three ways (one PDF after another as single downloads, one job, and as many jobs at
 * once as the machine has cores, as that many export workers run them). The figures are
 * for the README; only the content is asserted.
 */
@GeneratedDepartmentsTest
class PdfArchiveRateTests {

	private static final Logger log = LoggerFactory.getLogger(PdfArchiveRateTests.class);

	static final int DEPARTMENTS = 12;

	@Autowired
	GeneratedDepartments generator;

	@Autowired
	ExportRunner runner;

	@Autowired
	ReportService reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theArchiveHoldsOnePdfPerDepartmentAtTheSinglePdfRatePerWorker() throws Exception {
		int year = generator.ensure().lastYear();
		List<Long> departments = jdbc.queryForList(
				"select id from department where code like 'GEN-%' order by code limit " + DEPARTMENTS, Long.class);
		Viewer reviewer = new Viewer("rate-reviewer", "审核人", Role.REVIEWER, new HashSet<>(departments));
		List<Long> evaluations = jdbc.queryForList(
				"select id from evaluation where year = ? and department_id in ("
						+ String.join(",", departments.stream().map(String::valueOf).toList()) + ") order by id",
				Long.class, year);
		ExportRequest request = new ExportRequest(ExportKind.SHEET_PDFS, year, null, null, null);
		// Warm up: classes, fonts, templates, the statement cache.
		reports.sheetPdf(evaluations.get(0), reviewer);
		runner.archive(request, reviewer, Progress.NONE, new ByteArrayOutputStream());

		long started = System.nanoTime();
		for (long id : evaluations) {
			assertThat(reports.sheetPdf(id, reviewer).content()).startsWith("%PDF".getBytes());
		}
		double single = rate(evaluations.size(), started);

		started = System.nanoTime();
		byte[] archive = archive(request, reviewer);
		double oneJob = rate(evaluations.size(), started);

		int workers = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<byte[]>> jobs = new ArrayList<>();
		started = System.nanoTime();
		for (int i = 0; i < workers; i++) {
			jobs.add(pool.submit(() -> archive(request, reviewer)));
		}
		for (Future<byte[]> job : jobs) {
			assertThat(entries(job.get())).hasSize(evaluations.size());
		}
		double together = rate(evaluations.size() * workers, started);
		pool.shutdown();

		log.info(
				"评分表 PDFs of {} departments: single downloads {} PDF/s; one .zip job {} PDF/s ({} of the single rate); "
						+ "{} jobs at once {} PDF/s ({} × the single rate)",
				evaluations.size(), String.format("%.1f", single), String.format("%.1f", oneJob),
				String.format("%.2f", oneJob / single), workers, String.format("%.1f", together),
				String.format("%.2f", together / single));
		List<String> names = entries(archive);
		assertThat(names).hasSize(DEPARTMENTS).doesNotHaveDuplicates().allMatch(name -> name.endsWith(".pdf"));
	}

	private byte[] archive(ExportRequest request, Viewer reviewer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		runner.archive(request, reviewer, Progress.NONE, out);
		return out.toByteArray();
	}

	private static double rate(int count, long started) {
		return count / ((System.nanoTime() - started) / 1e9);
	}

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}

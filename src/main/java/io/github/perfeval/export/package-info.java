/**
 * 批量导出: a year's results of many departments at once, run in the background — one .xlsx
 * with a row per department ({@link io.github.perfeval.export.ResultsWorkbook}, read from
 * the stored score snapshots) or a .zip of their 评分表 (and 自评报告) PDFs. Jobs wait in the
 * database ({@code export_job}), are claimed by one instance at a time with a lease its
 * heartbeat renews, and keep their file in the database until it expires.
 * {@link io.github.perfeval.export.ExportJobs} is the module's API; the page lives in
 * {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Batch export")
package io.github.perfeval.export;

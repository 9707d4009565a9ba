/**
 * 评分表与自评报告: the scoring sheet as a page, a PDF and an Excel workbook, and the
 * 部门整体支出绩效自评报告 as a PDF and a Word document, built from an evaluation's document and
 * sheet. {@link io.github.perfeval.report.ReportService} is the module's API; the
 * renderers are internal, the page and the download endpoints live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package io.github.perfeval.report;

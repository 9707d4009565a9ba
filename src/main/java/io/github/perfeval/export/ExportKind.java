package io.github.perfeval.export;

/**
 * What a job exports: the results of all departments in one .xlsx, a .zip of their 评分表
 * PDFs, or a .zip of their 评分表 and 自评报告 PDFs.
 */
public enum ExportKind {

	RESULTS_XLSX, SHEET_PDFS, SHEET_AND_REPORT_PDFS;

	boolean isArchive() {
		return this != RESULTS_XLSX;
	}

}

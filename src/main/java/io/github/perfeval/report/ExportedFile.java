package io.github.perfeval.report;

/** A rendered file to download: its (Chinese) file name, content type and bytes. */
public record ExportedFile(String fileName, String contentType, byte[] content) {

	public static final String PDF = "application/pdf";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

}

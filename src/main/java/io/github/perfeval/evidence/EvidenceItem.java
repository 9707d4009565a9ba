package io.github.perfeval.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A file as lists show it: on which leaf (null: the evaluation as a whole), its name,
 * kind ({@code type}: PDF, JPEG, DOCX …), size, SHA-256, who uploaded it and when.
 */
public record EvidenceItem(long id, long evaluationId, String leafCode, String fileName, String type, long size,
		String sha256, String uploadedBy, Instant uploadedAt) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	static EvidenceItem of(Evidence evidence) {
		return new EvidenceItem(evidence.getId(), evidence.getEvaluationId(), evidence.getLeafCode(),
				evidence.getFileName(), typeOf(evidence.getContentType(), evidence.getFileName()),
				evidence.getSizeBytes(), evidence.getSha256(), evidence.getUploadedBy(), evidence.getUploadedAt());
	}

	private static String typeOf(String contentType, String fileName) {
		for (FileType type : FileType.values()) {
			if (type.mediaType().equals(contentType) && fileName.endsWith("." + type.extension())) {
				return type.name();
			}
		}
		return fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
	}

	/** The size as people read it: 830 B, 12.4 KB, 3.1 MB. */
	public String sizeText() {
		return sizeText(size);
	}

	/** Upload time in Beijing time, to the minute. */
	public String when() {
		return WHEN.format(uploadedAt);
	}

	/** Name and size, as the record of a change states the file. */
	public String label() {
		return fileName + "（" + sizeText() + "）";
	}

	static String sizeText(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		BigDecimal value = BigDecimal.valueOf(bytes);
		if (bytes < 1024 * 1024) {
			return value.divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP).toPlainString() + " KB";
		}
		return value.divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP).toPlainString() + " MB";
	}

}

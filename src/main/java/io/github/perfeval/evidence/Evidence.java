package io.github.perfeval.evidence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One 佐证材料 file of an evaluation: on a leaf, on the evaluation as a whole, or on an item
 * of it that holds files of its own ({@code itemKind} and {@code itemId}, e.g. a 整改事项);
 * its clean name, its type by content, size, SHA-256, who uploaded it and when. The
 * content lies in the store it names.
 */
@Entity
@Table(name = "evidence")
class Evidence {

	enum Store {

		DATABASE, FOLDER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long evaluationId;

	private String leafCode;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	@Enumerated(EnumType.STRING)
	@Column(name = "stored_in")
	private Store store;

	private String uploadedBy;

	private Instant uploadedAt;

	private String itemKind;

	private Long itemId;

	protected Evidence() {
	}

	Evidence(long evaluationId, String leafCode, String fileName, String contentType, long sizeBytes, String sha256,
			Store store, String uploadedBy) {
		this.evaluationId = evaluationId;
		this.leafCode = leafCode;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.store = store;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	/** A file of an item ({@link ItemEvidenceOwner}): no leaf. */
	static Evidence ofItem(long evaluationId, String itemKind, long itemId, String fileName, String contentType,
			long sizeBytes, String sha256, Store store, String uploadedBy) {
		Evidence evidence = new Evidence(evaluationId, null, fileName, contentType, sizeBytes, sha256, store,
				uploadedBy);
		evidence.itemKind = itemKind;
		evidence.itemId = itemId;
		return evidence;
	}

	Long getId() {
		return id;
	}

	long getEvaluationId() {
		return evaluationId;
	}

	String getLeafCode() {
		return leafCode;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	String getSha256() {
		return sha256;
	}

	Store getStore() {
		return store;
	}

	String getUploadedBy() {
		return uploadedBy;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}

	String getItemKind() {
		return itemKind;
	}

	Long getItemId() {
		return itemId;
	}

}

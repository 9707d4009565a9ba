package io.github.perfeval.framework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 指标体系草稿: the framework document an administrator edits until it is published, as JSON
 * text (every field kept, known to this version or not); {@code version} is the
 * optimistic lock.
 */
@Entity
class FrameworkDraft extends AbstractAggregateRoot<FrameworkDraft> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String basedOnCode;

	private int basedOnVersion;

	private String document;

	private String createdBy;

	private Instant createdAt;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected FrameworkDraft() {
	}

	private FrameworkDraft(String code, String name, String basedOnCode, int basedOnVersion, String document,
			String actor) {
		this.code = code;
		this.name = name;
		this.basedOnCode = basedOnCode;
		this.basedOnVersion = basedOnVersion;
		this.document = document;
		this.createdBy = actor;
		this.updatedBy = actor;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/** A copy of {@code basedOnCode} v{@code basedOnVersion}, as {@code code}. */
	static FrameworkDraft copy(String code, String name, String basedOnCode, int basedOnVersion, String document,
			String actor) {
		FrameworkDraft draft = new FrameworkDraft(code, name, basedOnCode, basedOnVersion, document, actor);
		draft.registerEvent(FrameworkEvent.of("FRAMEWORK_DRAFT_CREATED", code, "basedOn", null,
				basedOnCode + " v" + basedOnVersion));
		return draft;
	}

	/** The edited document; {@code summary} says what changed, for the record. */
	void edit(String code, String name, String document, String summary, String actor) {
		this.code = code;
		this.name = name;
		this.document = document;
		this.updatedBy = actor;
		this.updatedAt = Instant.now();
		registerEvent(FrameworkEvent.of("FRAMEWORK_DRAFT_EDITED", code, "changes", null, summary));
	}

	/** Published as {@code version} of its code; removed then. */
	void published(int version) {
		registerEvent(FrameworkEvent.of("FRAMEWORK_PUBLISHED", code, "version", null, String.valueOf(version)));
	}

	void discard() {
		registerEvent(FrameworkEvent.of("FRAMEWORK_DRAFT_DELETED", code, null, null, null));
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getBasedOnCode() {
		return basedOnCode;
	}

	int getBasedOnVersion() {
		return basedOnVersion;
	}

	String getDocument() {
		return document;
	}

	String getCreatedBy() {
		return createdBy;
	}

	String getUpdatedBy() {
		return updatedBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

}

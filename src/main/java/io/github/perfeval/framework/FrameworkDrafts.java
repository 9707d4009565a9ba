package io.github.perfeval.framework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.perfeval.scoring.Violation;
import io.github.perfeval.system.Actors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 指标体系草稿: a stored version copied as the next version of its framework or as a new
 * framework, edited as its JSON document (fields this version of the application does not
 * know stay as they are), deleted, or published through {@link FrameworkCatalog#publish}.
 * Every change is a {@link FrameworkEvent}; a change based on an older version of the
 * draft is refused ({@link StaleDraftException}).
 */
@Service
public class FrameworkDrafts {

	private final FrameworkDraftRepository drafts;

	private final FrameworkCatalog catalog;

	private final JsonMapper json;

	FrameworkDrafts(FrameworkDraftRepository drafts, FrameworkCatalog catalog, JsonMapper json) {
		this.drafts = drafts;
		this.catalog = catalog;
		this.json = json;
	}

	/** A draft as the pages list it. */
	public record Summary(long id, String code, String name, String basedOnCode, int basedOnVersion, String createdBy,
			String updatedBy, Instant updatedAt, long version) {
	}

	/** A draft with its document. */
	public record Draft(Summary summary, ObjectNode document) {
	}

	@Transactional(readOnly = true)
	public List<Summary> all() {
		return drafts.findAllByOrderByUpdatedAtDesc().stream().map(FrameworkDrafts::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Draft> find(long id) {
		return drafts.findById(id).map(draft -> new Draft(summary(draft), document(draft)));
	}

	/** 复制为新版本: the same code; it is published as the next version. */
	@Transactional
	public Summary copyAsVersion(String code, int version) {
		ObjectNode document = source(code, version);
		return summary(drafts.save(FrameworkDraft.copy(code, document.path("name").asString(code), code, version,
				json.writeValueAsString(document), Actors.current())));
	}

	/**
	 * 复制为新指标体系: a new code and name; refused when a stored framework has the code
	 * already.
	 */
	@Transactional
	public Summary copyAsFramework(String code, int version, String newCode, String newName) {
		if (catalog.latest(newCode).isPresent()) {
			throw new DraftRefusedException("framework.draft.codeTaken", newCode);
		}
		ObjectNode document = source(code, version);
		document.put("code", newCode);
		document.put("name", newName);
		return summary(drafts.save(FrameworkDraft.copy(newCode, newName, code, version,
				json.writeValueAsString(document), Actors.current())));
	}

	/** Stores the edited document; {@code summary} says what changed, for the record. */
	@Transactional
	public Summary save(long id, long expectedVersion, ObjectNode document, String summary) {
		FrameworkDraft draft = current(id, expectedVersion);
		draft.edit(draft.getCode(), document.path("name").asString(draft.getName()), json.writeValueAsString(document),
				summary, Actors.current());
		try {
			return summary(drafts.saveAndFlush(draft));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleDraftException(id);
		}
	}

	@Transactional
	public void delete(long id, long expectedVersion) {
		FrameworkDraft draft = current(id, expectedVersion);
		draft.discard();
		drafts.delete(draft);
		flush(id);
	}

	/**
	 * Publishes the draft as the next version of its code (or the first of a new code)
	 * and removes it; refused with every problem ({@link InvalidFrameworkException}), the
	 * draft kept, when the document is not a valid framework.
	 */
	@Transactional
	public FrameworkRef publish(long id, long expectedVersion) {
		FrameworkDraft draft = current(id, expectedVersion);
		ObjectNode tree = document(draft);
		tree.remove("version");
		FrameworkDocument document;
		try {
			document = json.treeToValue(tree, FrameworkDocument.class);
		}
		catch (JacksonException ex) {
			throw new InvalidFrameworkException(draft.getCode(),
					List.of(Violation.of(null, null, "draftUnreadable", path(ex))), java.util.Map.of());
		}
		FrameworkRef published = catalog.publish(document);
		draft.published(published.version());
		drafts.delete(draft);
		flush(id);
		return published;
	}

	private void flush(long id) {
		try {
			drafts.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleDraftException(id);
		}
	}

	private FrameworkDraft current(long id, long expectedVersion) {
		FrameworkDraft draft = drafts.findById(id).orElseThrow(() -> new DraftNotFoundException(id));
		if (draft.getVersion() != expectedVersion) {
			throw new StaleDraftException(id);
		}
		return draft;
	}

	private ObjectNode source(String code, int version) {
		FrameworkDocument document = catalog.document(code, version)
			.orElseThrow(() -> new DraftRefusedException("framework.draft.sourceMissing", code + " v" + version));
		ObjectNode tree = json.valueToTree(document);
		tree.remove("version");
		return tree;
	}

	private ObjectNode document(FrameworkDraft draft) {
		JsonNode tree = json.readTree(draft.getDocument());
		return (ObjectNode) tree;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach(reference -> {
			if (reference.getPropertyName() != null) {
				path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex() + 1).append(']');
			}
		});
		return path.length() == 0 ? "—" : path.toString();
	}

	private static Summary summary(FrameworkDraft draft) {
		return new Summary(draft.getId(), draft.getCode(), draft.getName(), draft.getBasedOnCode(),
				draft.getBasedOnVersion(), draft.getCreatedBy(), draft.getUpdatedBy(), draft.getUpdatedAt(),
				draft.getVersion());
	}

}

package io.github.perfeval.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

import io.github.perfeval.account.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料 of an evaluation: listed and downloaded by everyone who may see the evaluation,
 * added and deleted by its filler (or an administrator) while it is a draft or returned.
 * An upload is bounded before its content is read (size, count, leaf), then checked by
 * its content; every change is recorded on the evaluation in the same transaction.
 */
@Service
public class EvidenceService {

	private final EvidenceRepository files;

	private final EvidenceContents contents;

	private final EvidenceOwner owner;

	private final EvidenceProperties properties;

	private final MessageSource messages;

	EvidenceService(EvidenceRepository files, EvidenceContents contents, EvidenceOwner owner,
			EvidenceProperties properties, MessageSource messages) {
		this.files = files;
		this.contents = contents;
		this.owner = owner;
		this.properties = properties;
		this.messages = messages;
	}

	/** The evaluation as the viewer sees it, for a page about its files. */
	@Transactional(readOnly = true)
	public EvidenceOwner.Scope scope(long evaluationId, Viewer viewer) {
		return owner.scope(evaluationId, viewer);
	}

	/**
	 * The evaluation's files, by leaf (the whole evaluation's first), in upload order.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceItem> list(long evaluationId, Viewer viewer) {
		owner.requireVisible(evaluationId, viewer);
		return catalog(evaluationId);
	}

	/**
	 * The evaluation's files, for a module that has checked that its viewer sees the
	 * evaluation (its pages and documents).
	 */
	@Transactional(readOnly = true)
	public List<EvidenceItem> catalog(long evaluationId) {
		return files.findByEvaluationIdOrderByLeafCodeAscUploadedAtAscIdAsc(evaluationId)
			.stream()
			.map(EvidenceItem::of)
			.sorted(java.util.Comparator.comparing((EvidenceItem item) -> item.leafCode() != null))
			.toList();
	}

	/**
	 * {@link #catalog} by leaf code, the evaluation as a whole under "", for pages that
	 * show each leaf's files beside it.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, List<EvidenceItem>> byLeaf(long evaluationId) {
		java.util.Map<String, List<EvidenceItem>> byLeaf = new java.util.LinkedHashMap<>();
		catalog(evaluationId).forEach(item -> byLeaf
			.computeIfAbsent(item.leafCode() == null ? "" : item.leafCode(), code -> new java.util.ArrayList<>())
			.add(item));
		return byLeaf;
	}

	@Transactional(readOnly = true)
	public EvidenceDownload download(long evaluationId, long evidenceId, Viewer viewer) {
		owner.requireVisible(evaluationId, viewer);
		Evidence evidence = files.findByIdAndEvaluationId(evidenceId, evaluationId)
			.orElseThrow(() -> new EvidenceNotFoundException(evaluationId));
		return new EvidenceDownload(evidence.getFileName(), evidence.getContentType(), evidence.getSizeBytes(),
				contents.read(evidence));
	}

	/**
	 * Adds a file to a leaf ({@code leafCode}) or to the evaluation as a whole (null or
	 * blank): {@link EvidenceRefusedException} says why not (also for no file at all,
	 * {@code upload} null).
	 */
	@Transactional
	public EvidenceItem add(long evaluationId, Viewer viewer, String leafCode, Upload upload) {
		EvidenceOwner.Scope scope = owner.scope(evaluationId, viewer);
		try {
			if (!scope.fills()) {
				throw new EvidenceRefusedException("notFiller", null);
			}
			return add(scope, viewer, leafCode, upload);
		}
		catch (EvidenceRefusedException ex) {
			throw ex.naming(scope);
		}
	}

	private EvidenceItem add(EvidenceOwner.Scope scope, Viewer viewer, String leafCode, Upload upload) {
		long evaluationId = scope.evaluationId();
		String leaf = leafCode == null || leafCode.isBlank() ? null : leafCode.strip();
		if (!scope.editable()) {
			throw new EvidenceRefusedException("notEditable", leaf);
		}
		if (leaf != null && !scope.hasLeaf(leaf)) {
			throw new EvidenceRefusedException("unknownLeaf", null, leaf.length() > 32 ? leaf.substring(0, 32) : leaf);
		}
		if (upload == null) {
			throw new EvidenceRefusedException("noFile", leaf);
		}
		String shownName = FileCheck.cleanName(upload.originalName());
		if (upload.size() <= 0) {
			throw new EvidenceRefusedException("empty", leaf, shownName);
		}
		long limit = properties.maxFileSize().toBytes();
		if (upload.size() > limit) {
			throw new EvidenceRefusedException("tooLarge", leaf, shownName, EvidenceItem.sizeText(upload.size()),
					properties.maxFileSize().toMegabytes());
		}
		if (files.countByEvaluationId(evaluationId) >= properties.maxFiles()) {
			throw new EvidenceRefusedException("tooMany", leaf, properties.maxFiles());
		}
		byte[] content = read(upload);
		if (content.length == 0) {
			throw new EvidenceRefusedException("empty", leaf, shownName);
		}
		if (content.length > limit) {
			throw new EvidenceRefusedException("tooLarge", leaf, shownName, EvidenceItem.sizeText(content.length),
					properties.maxFileSize().toMegabytes());
		}
		FileCheck.Checked checked = FileCheck.check(upload.originalName(), content, leaf,
				messages.getMessage("evidence.unnamed", null, LocaleContextHolder.getLocale()));
		Evidence evidence = files.saveAndFlush(new Evidence(evaluationId, leaf, checked.name(),
				checked.type().mediaType(), content.length, sha256(content), contents.store(), viewer.username()));
		contents.write(evidence, content);
		EvidenceItem item = EvidenceItem.of(evidence);
		owner.change(evaluationId, viewer, new EvidenceOwner.Change(leaf, null, item.label()));
		return item;
	}

	/** Deletes a file while the evaluation may change. */
	@Transactional
	public EvidenceItem remove(long evaluationId, long evidenceId, Viewer viewer) {
		EvidenceOwner.Scope scope = owner.scope(evaluationId, viewer);
		Evidence evidence = files.findByIdAndEvaluationId(evidenceId, evaluationId)
			.orElseThrow(() -> new EvidenceNotFoundException(evaluationId));
		if (!scope.fills()) {
			throw new EvidenceRefusedException("notFiller", evidence.getLeafCode()).naming(scope);
		}
		if (!scope.editable()) {
			throw new EvidenceRefusedException("notEditable", evidence.getLeafCode()).naming(scope);
		}
		EvidenceItem item = EvidenceItem.of(evidence);
		owner.change(evaluationId, viewer, new EvidenceOwner.Change(evidence.getLeafCode(), item.label(), null));
		files.delete(evidence);
		contents.delete(evidence);
		return item;
	}

	/** The most one file may be, for pages to say (and check before sending). */
	public EvidenceProperties limits() {
		return properties;
	}

	/** The extensions a file may have, for the page's file chooser. */
	public String accept() {
		return FileType.accept();
	}

	private static byte[] read(Upload upload) {
		try {
			return upload.bytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

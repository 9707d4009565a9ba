package io.github.perfeval.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

import io.github.perfeval.account.Viewer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料 of an evaluation: listed and downloaded by everyone who may see the evaluation,
 * added and deleted by its filler (or an administrator) while it is a draft or returned.
 * An upload is bounded before its content is read (size, count, leaf), then checked by
 * its content; every change is recorded on the evaluation in the same transaction.
 * <p>
 * The same for the files of an item of an evaluation (a 整改事项): the
 * {@link ItemEvidenceOwner} of its kind says who sees and changes them and records each
 * change.
 */
@Service
public class EvidenceService {

	private final EvidenceRepository files;

	private final EvidenceContents contents;

	private final EvidenceOwner owner;

	private final EvidenceProperties properties;

	private final MessageSource messages;

	private final ObjectProvider<ItemEvidenceOwner> itemOwners;

	EvidenceService(EvidenceRepository files, EvidenceContents contents, EvidenceOwner owner,
			EvidenceProperties properties, MessageSource messages, ObjectProvider<ItemEvidenceOwner> itemOwners) {
		this.files = files;
		this.contents = contents;
		this.owner = owner;
		this.properties = properties;
		this.messages = messages;
		this.itemOwners = itemOwners;
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
		return files.findByEvaluationIdAndItemKindIsNullOrderByLeafCodeAscUploadedAtAscIdAsc(evaluationId)
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
		Evidence evidence = files.findByIdAndEvaluationIdAndItemKindIsNull(evidenceId, evaluationId)
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
		Accepted accepted = accept(upload, leaf, files.countByEvaluationIdAndItemKindIsNull(evaluationId),
				properties.maxFiles(), "tooMany");
		FileCheck.Checked checked = accepted.checked();
		byte[] content = accepted.content();
		Evidence evidence = files.saveAndFlush(new Evidence(evaluationId, leaf, checked.name(),
				checked.type().mediaType(), content.length, sha256(content), contents.store(), viewer.username()));
		contents.write(evidence, content);
		EvidenceItem item = EvidenceItem.of(evidence);
		owner.change(evaluationId, viewer, new EvidenceOwner.Change(leaf, null, item.label()));
		return item;
	}

	/** A file that passed every check: its clean name and type, and its content. */
	private record Accepted(FileCheck.Checked checked, byte[] content) {
	}

	/**
	 * The checks of an upload: a file at all, not empty, not too large, not one too many
	 * ({@code count} against {@code maxFiles}, refused with {@code tooManyCode}), then
	 * its content.
	 */
	private Accepted accept(Upload upload, String leaf, long count, int maxFiles, String tooManyCode) {
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
		if (count >= maxFiles) {
			throw new EvidenceRefusedException(tooManyCode, leaf, maxFiles);
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
		return new Accepted(checked, content);
	}

	/** Deletes a file while the evaluation may change. */
	@Transactional
	public EvidenceItem remove(long evaluationId, long evidenceId, Viewer viewer) {
		EvidenceOwner.Scope scope = owner.scope(evaluationId, viewer);
		Evidence evidence = files.findByIdAndEvaluationIdAndItemKindIsNull(evidenceId, evaluationId)
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

	/**
	 * The files of an item ({@code kind}, {@code itemId}) of an evaluation, in upload
	 * order, for whoever sees the item.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceItem> itemFiles(String kind, long evaluationId, long itemId, Viewer viewer) {
		itemOwner(kind).scope(evaluationId, itemId, viewer);
		return files.findByItemKindAndItemIdOrderByUploadedAtAscIdAsc(kind, itemId)
			.stream()
			.filter(evidence -> evidence.getEvaluationId() == evaluationId)
			.map(EvidenceItem::of)
			.toList();
	}

	/**
	 * The files of an evaluation's items of one kind, by item id, in upload order, for a
	 * module that has checked that its viewer sees the evaluation.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, List<EvidenceItem>> itemCatalog(String kind, long evaluationId) {
		java.util.Map<Long, List<EvidenceItem>> byItem = new java.util.LinkedHashMap<>();
		files.findByEvaluationIdAndItemKindOrderByUploadedAtAscIdAsc(evaluationId, kind)
			.forEach(evidence -> byItem.computeIfAbsent(evidence.getItemId(), id -> new java.util.ArrayList<>())
				.add(EvidenceItem.of(evidence)));
		return byItem;
	}

	/**
	 * How many files each of the items has, in one query; an item without files is
	 * absent. For a module that has checked that its viewer sees the items.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Integer> itemCounts(String kind, java.util.Collection<Long> itemIds) {
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		if (!itemIds.isEmpty()) {
			files.countByItem(kind, itemIds)
				.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
		}
		return counts;
	}

	/**
	 * Adds a file to an item, with the checks of every upload (at most
	 * {@link EvidenceProperties#maxItemFiles} per item): {@link EvidenceRefusedException}
	 * says why not. Recorded by the item's owner in the same transaction.
	 */
	@Transactional
	public EvidenceItem addToItem(String kind, long evaluationId, long itemId, Viewer viewer, Upload upload) {
		ItemEvidenceOwner itemOwner = itemOwner(kind);
		ItemEvidenceOwner.ItemScope scope = itemOwner.scope(evaluationId, itemId, viewer);
		if (!scope.changes()) {
			throw new EvidenceRefusedException("notFiller", null);
		}
		if (!scope.editable()) {
			throw new EvidenceRefusedException("itemClosed", null);
		}
		long count = files.countByItemKindAndItemId(kind, itemId);
		Accepted accepted = accept(upload, null, count, properties.maxItemFiles(), "tooManyForItem");
		byte[] content = accepted.content();
		Evidence evidence = files.saveAndFlush(Evidence.ofItem(evaluationId, kind, itemId, accepted.checked().name(),
				accepted.checked().type().mediaType(), content.length, sha256(content), contents.store(),
				viewer.username()));
		contents.write(evidence, content);
		EvidenceItem item = EvidenceItem.of(evidence);
		itemOwner.change(evaluationId, itemId, viewer, new ItemEvidenceOwner.Change(null, item.label(), count + 1));
		return item;
	}

	/** Deletes a file of an item while its owner lets the viewer change it. */
	@Transactional
	public EvidenceItem removeFromItem(String kind, long evaluationId, long itemId, long evidenceId, Viewer viewer) {
		ItemEvidenceOwner itemOwner = itemOwner(kind);
		ItemEvidenceOwner.ItemScope scope = itemOwner.scope(evaluationId, itemId, viewer);
		Evidence evidence = files.findByIdAndEvaluationIdAndItemKindAndItemId(evidenceId, evaluationId, kind, itemId)
			.orElseThrow(() -> new EvidenceNotFoundException(evaluationId));
		if (!scope.changes()) {
			throw new EvidenceRefusedException("notFiller", null);
		}
		if (!scope.editable()) {
			throw new EvidenceRefusedException("itemClosed", null);
		}
		EvidenceItem item = EvidenceItem.of(evidence);
		long after = files.countByItemKindAndItemId(kind, itemId) - 1;
		itemOwner.change(evaluationId, itemId, viewer, new ItemEvidenceOwner.Change(item.label(), null, after));
		files.delete(evidence);
		contents.delete(evidence);
		return item;
	}

	/** A file of an item, for whoever sees the item. */
	@Transactional(readOnly = true)
	public EvidenceDownload downloadFromItem(String kind, long evaluationId, long itemId, long evidenceId,
			Viewer viewer) {
		itemOwner(kind).scope(evaluationId, itemId, viewer);
		Evidence evidence = files.findByIdAndEvaluationIdAndItemKindAndItemId(evidenceId, evaluationId, kind, itemId)
			.orElseThrow(() -> new EvidenceNotFoundException(evaluationId));
		return new EvidenceDownload(evidence.getFileName(), evidence.getContentType(), evidence.getSizeBytes(),
				contents.read(evidence));
	}

	/**
	 * What is wrong, in Chinese, for a page that names where itself (文件“x.exe”的内容不是
	 * PDF、图片…，未上传。).
	 */
	public String reason(EvidenceRefusedException refused) {
		return messages.getMessage("evidence.refused." + refused.code(), refused.args(),
				LocaleContextHolder.getLocale());
	}

	private ItemEvidenceOwner itemOwner(String kind) {
		return itemOwners.orderedStream()
			.filter(owner -> owner.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No owner of evidence items of kind " + kind));
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

package io.github.perfeval.rectification;

import java.util.List;
import java.util.Map;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evidence.EvidenceDownload;
import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.evidence.EvidenceProperties;
import io.github.perfeval.evidence.EvidenceRefusedException;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evidence.Upload;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 整改事项 of an evaluation, for everyone who sees it: its department's filler (or an
 * administrator) generates them once it is 已审定, edits them, uploads and removes their
 * 佐证材料 files (kept by the evidence module, {@link RectificationEvidence}) and moves their
 * status; a reviewer of the department (or an administrator) confirms a 已完成 one, which
 * freezes its files, or sends it back. Unknown or unseen evaluations fail as the
 * evaluation module does (not found).
 */
@Service
@Transactional(readOnly = true)
public class RectificationService {

	private final RectificationItemRepository items;

	private final EvaluationService evaluations;

	/** Lazily: the report module that implements it also reads last year's items here. */
	private final ObjectProvider<ProblemsSource> problems;

	private final EvidenceService evidence;

	private final EntityManager entityManager;

	RectificationService(RectificationItemRepository items, EvaluationService evaluations,
			ObjectProvider<ProblemsSource> problems, EvidenceService evidence, EntityManager entityManager) {
		this.items = items;
		this.evaluations = evaluations;
		this.problems = problems;
		this.evidence = evidence;
		this.entityManager = entityManager;
	}

	/**
	 * An evaluation's items and what the viewer may do with them: {@code fills} edit and
	 * move (its filler or an administrator), {@code reviews} confirm or send back, and
	 * {@code canGenerate} whether 生成整改事项 is open (已审定 and none yet); {@code files} each
	 * item's 佐证材料 files by item id.
	 */
	public record Board(EvaluationSummary evaluation, boolean fills, boolean reviews, boolean canGenerate,
			List<RectificationLine> items, Map<Long, List<EvidenceItem>> files) {

		public Board {
			items = List.copyOf(items);
			files = Map.copyOf(files);
		}

		/** An item's files, in upload order. */
		public List<EvidenceItem> filesOf(long itemId) {
			return files.getOrDefault(itemId, List.of());
		}

		public long openCount() {
			return items.stream().filter(RectificationLine::open).count();
		}

	}

	/**
	 * Last year's items of the department of an evaluation, for its editor and report.
	 */
	public record PreviousYear(int year, Long evaluationId, List<RectificationLine> items) {

		public PreviousYear {
			items = List.copyOf(items);
		}

		/** The items not confirmed 已完成. */
		public long openCount() {
			return items.stream().filter(RectificationLine::open).count();
		}

	}

	public Board board(long evaluationId, Viewer viewer) {
		EvaluationSummary evaluation = evaluations.summary(evaluationId, viewer);
		boolean fills = evaluations.fillsIn(evaluationId, viewer);
		Map<Long, List<EvidenceItem>> files = evidence.itemCatalog(RectificationEvidence.KIND, evaluationId);
		List<RectificationLine> lines = items.findByEvaluationIdOrderByPosition(evaluationId)
			.stream()
			.map(item -> RectificationLine.of(item, files.getOrDefault(item.getId(), List.of()).size()))
			.toList();
		boolean canGenerate = fills && evaluation.status() == EvaluationStatus.APPROVED && lines.isEmpty();
		return new Board(evaluation, fills, reviews(viewer), canGenerate, lines, files);
	}

	/**
	 * 生成整改事项 from the 存在问题及改进措施 as the report prints them (see {@link ProblemPairing} for
	 * how the text is split and paired): once, by the filler, when 已审定.
	 */
	@Transactional
	public List<RectificationLine> generate(long evaluationId, Viewer viewer) {
		EvaluationSummary evaluation = evaluations.summary(evaluationId, viewer);
		requireFiller(evaluationId, viewer);
		if (evaluation.status() != EvaluationStatus.APPROVED) {
			throw new RectificationRefusedException("notApproved");
		}
		if (items.existsByEvaluationId(evaluationId)) {
			throw new RectificationRefusedException("exists");
		}
		List<ProblemPairing.Pair> pairs = ProblemPairing.pairs(problems.getObject().problemsText(evaluationId, viewer));
		List<RectificationItem> created = RectificationItem.generate(evaluationId, evaluation.departmentId(),
				evaluation.year(), pairs, viewer.username());
		try {
			return items.saveAllAndFlush(created).stream().map(item -> RectificationLine.of(item, 0)).toList();
		}
		catch (DataIntegrityViolationException ex) {
			// Two clicks at once: the other one made them.
			throw new RectificationRefusedException("exists");
		}
	}

	/**
	 * The filler's save of an item, as of {@code version}
	 * ({@link StaleRectificationException} when someone changed it since).
	 */
	@Transactional
	public RectificationLine save(long evaluationId, long itemId, Viewer viewer, long version, ItemChange change) {
		return save(evaluationId, itemId, viewer, version, change, null);
	}

	/**
	 * The filler's save of an item with a 佐证材料 file ({@code upload}, null for none), all
	 * or nothing: a file the evidence module refuses ({@link EvidenceRefusedException})
	 * saves nothing of the rest. 已完成 needs at least one file (this one included) or the
	 * 整改佐证 note.
	 */
	@Transactional
	public RectificationLine save(long evaluationId, long itemId, Viewer viewer, long version, ItemChange change,
			Upload upload) {
		int year = evaluations.summary(evaluationId, viewer).year();
		requireFiller(evaluationId, viewer);
		RectificationItem item = held(evaluationId, itemId);
		if (item.getVersion() != version) {
			throw new StaleRectificationException(itemId);
		}
		if (change.deadline() != null && (change.deadline().isBefore(RectificationLimits.earliestDeadline(year))
				|| change.deadline().isAfter(RectificationLimits.latestDeadline(year)))) {
			throw new RectificationRefusedException("deadlineRange", RectificationLimits.earliestDeadline(year),
					RectificationLimits.latestDeadline(year));
		}
		if (upload != null && item.isConfirmed()) {
			throw new RectificationRefusedException("closed", item.getPosition());
		}
		if (upload != null) {
			evidence.addToItem(RectificationEvidence.KIND, evaluationId, itemId, viewer, upload);
		}
		item.edit(viewer.username(), change.problem(), change.measure(), change.office(), change.deadline(),
				change.progressNote(), change.evidenceNote());
		if (change.status() != null) {
			item.moveTo(viewer.username(), change.status(), fileCount(itemId));
		}
		return saved(item);
	}

	/**
	 * Removes a 佐证材料 file of an item while it is open: by its department's filler, never
	 * the last one of a 已完成 item without the note.
	 */
	@Transactional
	public EvidenceItem removeEvidence(long evaluationId, long itemId, long evidenceId, Viewer viewer) {
		return evidence.removeFromItem(RectificationEvidence.KIND, evaluationId, itemId, evidenceId, viewer);
	}

	/** A 佐证材料 file of an item, for whoever sees the evaluation. */
	public EvidenceDownload evidenceFile(long evaluationId, long itemId, long evidenceId, Viewer viewer) {
		return evidence.downloadFromItem(RectificationEvidence.KIND, evaluationId, itemId, evidenceId, viewer);
	}

	/** An item's 佐证材料 files, for whoever sees the evaluation. */
	public List<EvidenceItem> evidenceFiles(long evaluationId, long itemId, Viewer viewer) {
		return evidence.itemFiles(RectificationEvidence.KIND, evaluationId, itemId, viewer);
	}

	/** Why the evidence module refused a file, in Chinese (the page names the item). */
	public String evidenceReason(EvidenceRefusedException refused) {
		return evidence.reason(refused);
	}

	/** The most one file may be and the most files per item, for the page to say. */
	public EvidenceProperties evidenceLimits() {
		return evidence.limits();
	}

	/** The extensions a file may have, for the page's file chooser. */
	public String evidenceAccept() {
		return evidence.accept();
	}

	/** A reviewer confirms a 已完成 item. */
	@Transactional
	public RectificationLine confirm(long evaluationId, long itemId, Viewer viewer, long version) {
		evaluations.summary(evaluationId, viewer);
		requireReviewer(viewer);
		RectificationItem item = item(evaluationId, itemId, version);
		item.confirm(viewer.username());
		return saved(item);
	}

	/** A reviewer sends a 已完成 item back to 整改中, with the reason. */
	@Transactional
	public RectificationLine sendBack(long evaluationId, long itemId, Viewer viewer, long version, String reason) {
		evaluations.summary(evaluationId, viewer);
		requireReviewer(viewer);
		RectificationItem item = item(evaluationId, itemId, version);
		item.sendBack(viewer.username(), reason);
		return saved(item);
	}

	/**
	 * The items of the year before the evaluation's, of its department, with their status
	 * now; {@code evaluationId} of that year's evaluation (null when there was none).
	 */
	public PreviousYear previousYear(long evaluationId, Viewer viewer) {
		EvaluationSummary evaluation = evaluations.summary(evaluationId, viewer);
		int year = evaluation.year() - 1;
		List<RectificationItem> found = items.findByDepartmentIdAndYearOrderByPosition(evaluation.departmentId(), year);
		Map<Long, Integer> files = evidence.itemCounts(RectificationEvidence.KIND,
				found.stream().map(RectificationItem::getId).toList());
		List<RectificationLine> lines = found.stream()
			.map(item -> RectificationLine.of(item, files.getOrDefault(item.getId(), 0)))
			.toList();
		Long previousId = evaluations.ofDepartment(evaluation.departmentId(), viewer)
			.stream()
			.filter(summary -> summary.year() == year)
			.map(EvaluationSummary::id)
			.findFirst()
			.orElse(null);
		return new PreviousYear(year, previousId, lines);
	}

	/**
	 * The item held (FOR UPDATE) until the transaction ends and read again under the
	 * hold: a save, a file's upload or removal and a confirmation wait for each other.
	 */
	private RectificationItem held(long evaluationId, long itemId) {
		RectificationItem item = items.findByIdAndEvaluationId(itemId, evaluationId)
			.orElseThrow(() -> new RectificationNotFoundException(itemId));
		entityManager.refresh(item, LockModeType.PESSIMISTIC_WRITE);
		return item;
	}

	private int fileCount(long itemId) {
		return evidence.itemCounts(RectificationEvidence.KIND, List.of(itemId)).getOrDefault(itemId, 0);
	}

	private RectificationItem item(long evaluationId, long itemId, long version) {
		RectificationItem item = items.findByIdAndEvaluationId(itemId, evaluationId)
			.orElseThrow(() -> new RectificationNotFoundException(itemId));
		if (item.getVersion() != version) {
			throw new StaleRectificationException(itemId);
		}
		return item;
	}

	private RectificationLine saved(RectificationItem item) {
		try {
			return RectificationLine.of(items.saveAndFlush(item), fileCount(item.getId()));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleRectificationException(item.getId());
		}
	}

	private void requireFiller(long evaluationId, Viewer viewer) {
		if (!evaluations.fillsIn(evaluationId, viewer)) {
			throw new AccessDeniedException("Only the department's staff rectify its problems");
		}
	}

	private static void requireReviewer(Viewer viewer) {
		if (!reviews(viewer)) {
			throw new AccessDeniedException("Only a reviewer confirms a rectification");
		}
	}

	private static boolean reviews(Viewer viewer) {
		return viewer.isReviewer() || viewer.isAdmin();
	}

}

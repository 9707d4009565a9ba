package io.github.perfeval.rectification;

import java.util.List;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.EvaluationSummary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 整改事项 of an evaluation, for everyone who sees it: its department's filler (or an
 * administrator) generates them once it is 已审定, edits them and moves their status; a
 * reviewer of the department (or an administrator) confirms a 已完成 one or sends it back.
 * Unknown or unseen evaluations fail as the evaluation module does (not found).
 */
@Service
@Transactional(readOnly = true)
public class RectificationService {

	private final RectificationItemRepository items;

	private final EvaluationService evaluations;

	/** Lazily: the report module that implements it also reads last year's items here. */
	private final ObjectProvider<ProblemsSource> problems;

	RectificationService(RectificationItemRepository items, EvaluationService evaluations,
			ObjectProvider<ProblemsSource> problems) {
		this.items = items;
		this.evaluations = evaluations;
		this.problems = problems;
	}

	/**
	 * An evaluation's items and what the viewer may do with them: {@code fills} edit and
	 * move (its filler or an administrator), {@code reviews} confirm or send back, and
	 * {@code canGenerate} whether 生成整改事项 is open (已审定 and none yet).
	 */
	public record Board(EvaluationSummary evaluation, boolean fills, boolean reviews, boolean canGenerate,
			List<RectificationLine> items) {

		public Board {
			items = List.copyOf(items);
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
		List<RectificationLine> lines = lines(evaluationId);
		boolean canGenerate = fills && evaluation.status() == EvaluationStatus.APPROVED && lines.isEmpty();
		return new Board(evaluation, fills, reviews(viewer), canGenerate, lines);
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
			return items.saveAllAndFlush(created).stream().map(RectificationLine::of).toList();
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
		evaluations.summary(evaluationId, viewer);
		requireFiller(evaluationId, viewer);
		RectificationItem item = item(evaluationId, itemId, version);
		int year = evaluations.summary(evaluationId, viewer).year();
		if (change.deadline() != null && (change.deadline().isBefore(RectificationLimits.earliestDeadline(year))
				|| change.deadline().isAfter(RectificationLimits.latestDeadline(year)))) {
			throw new RectificationRefusedException("deadlineRange", RectificationLimits.earliestDeadline(year),
					RectificationLimits.latestDeadline(year));
		}
		item.edit(viewer.username(), change.problem(), change.measure(), change.office(), change.deadline(),
				change.progressNote(), change.evidenceNote());
		if (change.status() != null) {
			item.moveTo(viewer.username(), change.status());
		}
		return saved(item);
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
		List<RectificationLine> lines = items.findByDepartmentIdAndYearOrderByPosition(evaluation.departmentId(), year)
			.stream()
			.map(RectificationLine::of)
			.toList();
		Long previousId = evaluations.ofDepartment(evaluation.departmentId(), viewer)
			.stream()
			.filter(summary -> summary.year() == year)
			.map(EvaluationSummary::id)
			.findFirst()
			.orElse(null);
		return new PreviousYear(year, previousId, lines);
	}

	private List<RectificationLine> lines(long evaluationId) {
		return items.findByEvaluationIdOrderByPosition(evaluationId).stream().map(RectificationLine::of).toList();
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
			return RectificationLine.of(items.saveAndFlush(item));
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

package io.github.perfeval.evaluation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each evaluation's {@link ScoreSnapshot} equal to a fresh score: every event that
 * can move a score (a save, an import, a 调整得分, a transition, a 个性指标 or weight change)
 * marks its evaluation, and just before the transaction commits each marked evaluation is
 * scored once and its snapshot written, in that transaction. After start-up, evaluations
 * whose snapshot is missing or older than their version (stored before snapshots existed)
 * are scored in the background, a batch per transaction.
 */
@Component
public class SnapshotRefresh {

	private static final Logger log = LoggerFactory.getLogger(SnapshotRefresh.class);

	private static final int BATCH = 200;

	private final EvaluationRepository evaluations;

	private final EvaluationService service;

	private final ScoreSnapshots snapshots;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final jakarta.persistence.EntityManager entityManager;

	SnapshotRefresh(EvaluationRepository evaluations, EvaluationService service, ScoreSnapshots snapshots,
			JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactionManager,
			jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.evaluations = evaluations;
		this.service = service;
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener
	void on(EvaluationEvent event) {
		if (movesScore(event) && TransactionSynchronizationManager.isSynchronizationActive()) {
			Pending pending = pending();
			if (pending.marked.isEmpty()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void beforeCommit(boolean readOnly) {
						// Flushed first: the version a pending change will have is the
						// one
						// the snapshot is of.
						entityManager.flush();
						pending.marked.forEach(id -> refresh(id, pending.scored.get(id)));
					}

				});
			}
			pending.marked.add(event.evaluationId());
		}
	}

	private static boolean movesScore(EvaluationEvent event) {
		// 审核意见, 情况说明 and 佐证材料 move no score.
		return !(event instanceof EvaluationEvent.Commented || event instanceof EvaluationEvent.Answered
				|| event instanceof EvaluationEvent.EvidenceChanged);
	}

	/**
	 * What a transaction holds for the snapshots: the evaluations it marked (the first
	 * mark registers the write before commit), and the scorings it already made of an
	 * evaluation as it stands.
	 */
	private static final class Pending {

		final Set<Long> marked = new LinkedHashSet<>();

		final Map<Long, ScoreSnapshot> scored = new HashMap<>();

	}

	/** The transaction's {@link Pending}, bound to it until it completes. */
	private static Pending pending() {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(Pending.class, pending);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
				}

			});
		}
		return pending;
	}

	/**
	 * Tells the refresh before commit that {@code scored} is the score of the evaluation
	 * at {@code version} (flushed), so that it is not scored a second time; a later
	 * change in the transaction (another version) is scored again.
	 */
	static void scoredHere(long evaluationId, long version, Scored scored) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			pending().scored.put(evaluationId, ScoreSnapshots.of(evaluationId, version, scored));
		}
	}

	/**
	 * Scores the evaluation as it stands in this transaction and stores its snapshot, or
	 * stores {@code known}, a scoring this transaction made of that very version.
	 */
	void refresh(long evaluationId, ScoreSnapshot known) {
		evaluations.findById(evaluationId)
			.ifPresent(evaluation -> snapshots
				.store(known != null && known.evaluationVersion() == evaluation.getVersion() ? known
						: ScoreSnapshots.of(evaluation.getId(), evaluation.getVersion(), service.scored(evaluation))));
	}

	/** Scores, in the background, each evaluation whose snapshot is missing or stale. */
	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		Thread thread = new Thread(this::refreshStale, "snapshot-backfill");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Refreshes every missing or stale snapshot, a batch per transaction; how many it
	 * refreshed. Run after start-up; data changed outside the application (a restore, a
	 * script) are scored again by deleting their snapshots and calling this.
	 */
	public int refreshStale() {
		int refreshed = 0;
		try {
			List<Long> stale;
			do {
				stale = jdbc.sql("""
						select e.id from evaluation e left join score_snapshot s on s.evaluation_id = e.id
						 where s.evaluation_id is null or s.evaluation_version < e.version
						 order by e.id limit :batch""").param("batch", BATCH).query(Long.class).list();
				List<Long> batch = stale;
				transactions.executeWithoutResult(status -> batch.forEach(id -> refresh(id, null)));
				refreshed += stale.size();
			}
			while (stale.size() == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Refreshing stale score snapshots stopped after {}", refreshed, ex);
		}
		if (refreshed > 0) {
			log.info("Refreshed {} stale score snapshots", refreshed);
		}
		return refreshed;
	}

}

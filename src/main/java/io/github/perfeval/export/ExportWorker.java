package io.github.perfeval.export;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's workers: {@code perfeval.exports.workers} threads (a bounded pool, so
 * that exports never take the machine from the other users), each claiming one job at a
 * time from the queue and looking again every {@code poll-interval} when there was none
 * (or at once when this instance has queued one); and the cleanup that deletes expired
 * files every {@code cleanup-interval}. Stopping gives the jobs in hand back to the
 * queue, where the next instance to start takes them up from scratch.
 */
@Component
class ExportWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);

	private final ExportQueue queue;

	private final ExportRunner runner;

	private final ExportProperties properties;

	private final String instance;

	private final Semaphore wakeUps = new Semaphore(0);

	private volatile boolean running;

	private ExecutorService workers;

	private ScheduledExecutorService cleanup;

	@Autowired
	ExportWorker(ExportQueue queue, ExportRunner runner, ExportProperties properties) {
		this(queue, runner, properties,
				ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
	}

	ExportWorker(ExportQueue queue, ExportRunner runner, ExportProperties properties, String instance) {
		this.queue = queue;
		this.runner = runner;
		this.properties = properties;
		this.instance = instance;
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		AtomicInteger number = new AtomicInteger();
		if (properties.workers() > 0) {
			workers = Executors.newFixedThreadPool(properties.workers(), task -> {
				Thread thread = new Thread(task, "export-worker-" + number.incrementAndGet());
				thread.setDaemon(true);
				thread.setPriority(Thread.NORM_PRIORITY - 1);
				return thread;
			});
			for (int i = 1; i <= properties.workers(); i++) {
				String worker = instance + "#" + i;
				workers.execute(() -> loop(worker));
			}
		}
		cleanup = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "export-cleanup");
			thread.setDaemon(true);
			return thread;
		});
		cleanup.scheduleWithFixedDelay(this::deleteExpired, properties.cleanupInterval().toMillis(),
				properties.cleanupInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	/** A job was queued here: an idle worker looks at once. */
	void wake() {
		wakeUps.release();
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		wakeUps.release(Math.max(1, properties.workers()));
		List<ExecutorService> pools = new ArrayList<>();
		pools.add(cleanup);
		if (workers != null) {
			pools.add(workers);
		}
		for (ExecutorService pool : pools) {
			pool.shutdown();
			try {
				if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
					pool.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				pool.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop(String worker) {
		while (running) {
			try {
				Optional<ExportQueue.Claimed> job = queue.claim(worker);
				if (job.isPresent()) {
					log.info("Export job {} claimed by {} (attempt {})", job.get().id(), worker, job.get().attempt());
					runner.run(job.get(), worker, () -> running);
					if (!running) {
						queue.release(job.get().id(), worker);
					}
				}
				else {
					wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The database away for a moment: try again after the interval.
				log.warn("Export worker {}: {}", worker, ex.toString());
				try {
					Thread.sleep(properties.pollInterval().toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void deleteExpired() {
		try {
			int deleted = queue.deleteExpiredFiles();
			if (deleted > 0) {
				log.info("Export files deleted after their retention: {}", deleted);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Export cleanup: {}", ex.toString());
		}
	}

}

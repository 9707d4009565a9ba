package io.github.perfeval.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks at the same moment, each on its own thread: every thread waits at a latch
 * until all are ready, then all are released together. Each task's own HTTP request then
 * runs on its own server thread and transaction.
 */
public final class Race {

	private static final long TIMEOUT_SECONDS = 60;

	private Race() {
	}

	/** The tasks' results, in the tasks' order; a task that throws fails the race. */
	public static <T> List<T> run(List<Callable<T>> tasks) {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch ready = new CountDownLatch(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(threads.submit(() -> {
					ready.countDown();
					start.await();
					return task.call();
				}));
			}
			if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new AssertionError("The threads of the race did not start");
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (int i = 0; i < futures.size(); i++) {
				try {
					results.add(futures.get(i).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					throw new AssertionError("Task " + i + " of the race failed: " + ex.getCause(), ex.getCause());
				}
				catch (TimeoutException ex) {
					throw new AssertionError("Task " + i + " of the race did not end within " + TIMEOUT_SECONDS + " s");
				}
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The same task {@code count} times, each told its number. */
	public static <T> List<T> times(int count, Task<T> task) {
		List<Callable<T>> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			tasks.add(() -> task.run(n));
		}
		return run(tasks);
	}

	/** A numbered task of a race. */
	@FunctionalInterface
	public interface Task<T> {

		T run(int n) throws Exception;

	}

}

package io.github.perfeval.export;

/**
 * How a running export reports: the number of departments once known, then one step per
 * department done. A step may end the export: {@link Stopped} when the job was cancelled
 * or its lease was lost to another instance.
 */
interface Progress {

	void total(int departments);

	void step();

	/** The job is not to go on: cancelled, or no longer this worker's. */
	final class Stopped extends RuntimeException {

		final boolean cancelled;

		Stopped(boolean cancelled) {
			super(cancelled ? "cancelled" : "lease lost", null, false, false);
			this.cancelled = cancelled;
		}

	}

	Progress NONE = new Progress() {
		@Override
		public void total(int departments) {
		}

		@Override
		public void step() {
		}
	};

}

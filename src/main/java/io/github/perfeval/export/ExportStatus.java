package io.github.perfeval.export;

/** Where a job is: 排队中 → 执行中 → 已完成, 失败 or 已取消. */
public enum ExportStatus {

	QUEUED, RUNNING, DONE, FAILED, CANCELLED;

	public boolean isOpen() {
		return this == QUEUED || this == RUNNING;
	}

}

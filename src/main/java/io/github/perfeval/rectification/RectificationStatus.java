package io.github.perfeval.rectification;

/** 未开始, 整改中, 已完成 (a 已完成 item is closed once a reviewer confirms it). */
public enum RectificationStatus {

	NOT_STARTED, IN_PROGRESS, DONE

}

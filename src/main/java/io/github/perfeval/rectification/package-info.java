/**
 * 整改: each 存在问题 of an approved evaluation, with its 改进措施, becomes a tracked
 * {@link io.github.perfeval.rectification.RectificationItem} — 责任科室, 整改期限, 未开始 / 整改中 /
 * 已完成 with progress and 整改佐证, and the reviewer's confirmation. The next year's evaluation
 * and report list last year's items; the overview counts the open ones
 * ({@link io.github.perfeval.rectification.RectificationOverview}). The 存在问题 text comes
 * from the report module ({@link io.github.perfeval.rectification.ProblemsSource}), the
 * evaluation module says who sees and fills in what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rectification")
package io.github.perfeval.rectification;

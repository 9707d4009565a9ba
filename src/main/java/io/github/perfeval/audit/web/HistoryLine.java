package io.github.perfeval.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.github.perfeval.audit.AuditEntry;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.scoring.Indicator;
import io.github.perfeval.scoring.IndicatorTree;

/**
 * A line of the record as people read it: when (Beijing time), who, what (步骤 or 修改), the
 * leaf and the field by their labels, old → new, and the reason or where the change came
 * from.
 */
record HistoryLine(Instant at, String when, String actor, String action, String leafCode, String field, String oldValue,
		String newValue, String detail) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	static HistoryLine of(AuditEntry entry, IndicatorTree tree, SheetMessages messages) {
		if ("CREATED_FROM".equals(entry.action())) {
			// The year it started from, and whether its 个性指标 came along.
			return new HistoryLine(entry.at(), WHEN.format(entry.at()), entry.actor(),
					messages.text("audit.action.CREATED_FROM"), null, null, null, null,
					messages.text(entry.field() == null ? "audit.createdFrom" : "audit.createdFromWithCustom",
							entry.detail()));
		}
		if (entry.field() != null && entry.field().startsWith(RECTIFICATION)) {
			return rectification(entry, messages);
		}
		if ("RECTIFY_GENERATED".equals(entry.action())) {
			return new HistoryLine(entry.at(), WHEN.format(entry.at()), entry.actor(),
					messages.text("audit.action." + entry.action()), null, null, null, null,
					messages.text("audit.rectification.generated", entry.detail()));
		}
		Indicator leaf = entry.leafCode() == null || tree == null ? null : tree.leaf(entry.leafCode()).orElse(null);
		// A transition names the level it passes to; "状态" alone says nothing more.
		String field = entry.field() == null || entry.field().equals("status") ? null
				: entry.field().startsWith("status") ? messages.text("audit.field." + entry.field())
						: messages.fieldLabel(leaf, entry.field());
		boolean status = entry.field() != null && entry.field().startsWith("status");
		String detail = "CHANGED".equals(entry.action()) ? messages.text("audit.source." + entry.detail())
				: entry.detail();
		return new HistoryLine(entry.at(), WHEN.format(entry.at()), entry.actor(),
				messages.text("audit.action." + entry.action()), entry.leafCode(), field,
				status ? statusText(entry.oldValue(), messages)
						: messages.valueText(leaf, entry.field(), entry.oldValue()),
				status ? statusText(entry.newValue(), messages)
						: messages.valueText(leaf, entry.field(), entry.newValue()),
				detail);
	}

	private static final String RECTIFICATION = "rectification[";

	/**
	 * A 整改事项's line: 整改事项 3 · 责任科室, a status by its name (已完成 → 已确认), the count of a
	 * generation.
	 */
	private static HistoryLine rectification(AuditEntry entry, SheetMessages messages) {
		String field = entry.field();
		String number = field.substring(RECTIFICATION.length(), field.indexOf(']'));
		String name = field.substring(field.indexOf("].") + 2);
		boolean status = name.equals("status");
		return new HistoryLine(entry.at(), WHEN.format(entry.at()), entry.actor(),
				messages.text("audit.action." + entry.action()), null,
				messages.text("audit.rectification.field", number, messages.text("rectification.field." + name)),
				status ? rectificationStatus(entry.oldValue(), messages) : entry.oldValue(),
				status ? rectificationStatus(entry.newValue(), messages) : entry.newValue(), entry.detail());
	}

	private static String rectificationStatus(String status, SheetMessages messages) {
		return status == null ? null : messages.text("rectification.status." + status);
	}

	private static String statusText(String status, SheetMessages messages) {
		return status == null ? null : messages.text("status." + status);
	}

}

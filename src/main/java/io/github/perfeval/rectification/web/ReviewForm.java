package io.github.perfeval.rectification.web;

import io.github.perfeval.rectification.RectificationLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's 确认完成 or 退回整改 of an item: the version seen and, to send back, the reason.
 */
class ReviewForm {

	@NotNull(message = "{rectification.version.required}")
	private Long version;

	@Size(max = RectificationLimits.REASON_MAX, message = "{rectification.reason.size}")
	private String reason = "";

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason;
	}

}

package io.github.perfeval.scoring;

import java.util.List;

/**
 * A consistency warning on a scoring sheet (一致性提示): never blocks saving or scoring.
 * {@code code} is a message key under {@code warning.}.
 */
public record Notice(String code, String indicator, List<Object> args) {

	public Notice {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static Notice of(String code, String indicator, Object... args) {
		return new Notice(code, indicator, List.of(args));
	}

}

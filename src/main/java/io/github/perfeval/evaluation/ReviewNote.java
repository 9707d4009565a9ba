package io.github.perfeval.evaluation;

import java.time.Instant;

/**
 * A 审核意见 as the pages show it: on which leaf ({@code code}, null for the evaluation), by
 * whom, in which round; {@code kind} {@code COMMENT} or {@code OVERRIDE} (the reason of
 * an 调整得分); the filler's answer if given.
 */
public record ReviewNote(long id, String code, String author, String body, int round, String kind, Instant at,
		String reply, String repliedBy, Instant repliedAt) {

	public boolean answered() {
		return reply != null;
	}

}

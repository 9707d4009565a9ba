package io.github.perfeval.account;

import java.io.Serializable;
import java.time.Instant;

/** A locked account or address and when it unlocks by itself. */
public record LoginLock(Kind kind, String key, Instant until) implements Serializable {

	public enum Kind {

		ACCOUNT, ADDRESS

	}

}

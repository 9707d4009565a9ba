package io.github.perfeval.framework;

/** The draft was changed (or published, or deleted) since the page showed it. */
public class StaleDraftException extends RuntimeException {

	private final long id;

	StaleDraftException(long id) {
		super("Framework draft " + id);
		this.id = id;
	}

	public long id() {
		return id;
	}

}

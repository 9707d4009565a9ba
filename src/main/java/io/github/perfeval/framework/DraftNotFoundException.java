package io.github.perfeval.framework;

/** No draft {@code id} (deleted, or published). */
public class DraftNotFoundException extends RuntimeException {

	private final long id;

	DraftNotFoundException(long id) {
		super("Framework draft " + id);
		this.id = id;
	}

	public long id() {
		return id;
	}

}

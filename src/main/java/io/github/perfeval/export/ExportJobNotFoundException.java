package io.github.perfeval.export;

/** No such job, or not one the viewer may see (the two are not told apart). */
public class ExportJobNotFoundException extends RuntimeException {

	ExportJobNotFoundException(long id) {
		super("No export job " + id);
	}

}

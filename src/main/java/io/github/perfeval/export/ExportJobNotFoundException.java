package io.github.perfeval.export;

import io.github.perfeval.system.NotFoundException;

/** No such job, or not one the viewer may see (the two are not told apart). */
public class ExportJobNotFoundException extends NotFoundException {

	ExportJobNotFoundException(long id) {
		super("No export job " + id);
	}

}

package io.github.perfeval.evaluation.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How large an uploaded .xlsx (a zip) is once inflated, counted while streaming through
 * it, so that a small file that inflates to hundreds of megabytes is refused before POI
 * holds it in memory.
 */
final class InflatedSize {

	private InflatedSize() {
	}

	/**
	 * Whether all entries together inflate to at most {@code limit} bytes; true for a
	 * file that is not a zip at all (the reader then says what it is not).
	 */
	static boolean within(byte[] zip, long limit) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
					total += n;
					if (total > limit) {
						return false;
					}
				}
			}
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return true;
		}
	}

}

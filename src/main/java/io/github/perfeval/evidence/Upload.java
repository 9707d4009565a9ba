package io.github.perfeval.evidence;

import java.io.IOException;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as a request brought it: the name the browser sent, its size as declared, and
 * its content, read only once the name, size and count passed.
 */
public record Upload(String originalName, long size, InputStreamSource content) {

	byte[] bytes() throws IOException {
		try (var in = content.getInputStream()) {
			return in.readAllBytes();
		}
	}

}

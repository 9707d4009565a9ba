package io.github.perfeval.evidence;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to send: its name, media type, size and content. */
public record EvidenceDownload(String fileName, String contentType, long size, Resource content) {

	/**
	 * The response that sends it: always an attachment (never shown in the application's
	 * origin) under its clean name (RFC 5987), sandboxed, not cached for others.
	 */
	public ResponseEntity<Resource> attachment() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.body(content);
	}

}

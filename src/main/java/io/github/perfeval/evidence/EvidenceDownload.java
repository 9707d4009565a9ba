package io.github.perfeval.evidence;

import org.springframework.core.io.Resource;

/** A file to send: its name, media type, size and content. */
public record EvidenceDownload(String fileName, String contentType, long size, Resource content) {
}

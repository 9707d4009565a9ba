package io.github.perfeval.scoring;

/**
 * A message argument that is itself a key in {@code messages.properties}, resolved when
 * shown.
 */
public record MessageKey(String key) {
}

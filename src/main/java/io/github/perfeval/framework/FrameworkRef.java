package io.github.perfeval.framework;

/** A stored framework version, as other modules refer to it. */
public record FrameworkRef(long id, String code, int version, String name) {
}

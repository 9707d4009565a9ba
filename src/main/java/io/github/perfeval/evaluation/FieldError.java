package io.github.perfeval.evaluation;

/** One problem of a rejected document, as the API returns it. */
public record FieldError(String indicator, String field, String message) {
}

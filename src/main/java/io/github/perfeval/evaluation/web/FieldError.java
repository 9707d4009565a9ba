package io.github.perfeval.evaluation.web;

/** One problem of a rejected document, as the API returns it. */
record FieldError(String indicator, String field, String message) {
}

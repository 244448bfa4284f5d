package org.tracseq.platform.problem;

/** One field-level message in a validation problem: {@code field} is a JSON path such as {@code rows[3].volume}. */
public record FieldError(String field, String message) {}

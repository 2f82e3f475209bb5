package org.tongxin.processes.task;

/** Why one field of a submitted form was refused; {@code field} is the form field's name. */
public record FieldError(String field, String message) {}

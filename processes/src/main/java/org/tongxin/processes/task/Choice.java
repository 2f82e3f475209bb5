package org.tongxin.processes.task;

/** One allowed value of a {@link FieldType#CHOICE} field. */
public record Choice(String value, Label label) {}

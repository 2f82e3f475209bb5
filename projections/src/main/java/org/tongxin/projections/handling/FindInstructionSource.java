package org.tongxin.projections.handling;

/** The report and instruction a handling of kind INSTRUCTION is about; empty for other kinds. */
public record FindInstructionSource(String handlingId) {}

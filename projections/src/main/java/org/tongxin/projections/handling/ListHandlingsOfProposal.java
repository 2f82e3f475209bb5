package org.tongxin.projections.handling;

/** Every handling of one proposal, returned ones included; answered with a list of {@link HandlingSummary}. */
public record ListHandlingsOfProposal(String proposalId) {}

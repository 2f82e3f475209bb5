package org.tongxin.projections.consultation;

/** A member's consultation work, answered with {@link MemberConsultations}. */
public record CountMemberConsultations(String memberId) {}

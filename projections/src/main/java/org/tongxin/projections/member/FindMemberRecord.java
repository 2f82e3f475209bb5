package org.tongxin.projections.member;

/** One member's record by user id; answered with a {@link MemberRecord}, empty lists for an unknown member. */
public record FindMemberRecord(String memberId) {}

package org.tongxin.projections.activity;

/** A member's activities of one year, oldest first; answered with a list of {@link MemberActivity}. */
public record ListMemberActivities(String member, int year) {}

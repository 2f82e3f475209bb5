package org.tongxin.projections.activity;

/** Every member's activities of one year; answered with a list of {@link MemberActivity}. */
public record ListActivitiesOfYear(int year) {}

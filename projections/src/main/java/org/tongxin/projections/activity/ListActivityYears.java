package org.tongxin.projections.activity;

/** The years a member has any activity in, newest first; answered with a list of integers. */
public record ListActivityYears(String member) {}

package org.tongxin.projections.supervision;

/** Every appointment ever made (the registry with its history), optionally of one department or one member. */
public record ListSpecialSupervisors(String department, String memberId) {}

package org.tongxin.projections.supervision;

/** Special supervisors' findings, newest first, optionally of one member or at one department. */
public record ListSupervisorFindings(String memberId, String department) {}

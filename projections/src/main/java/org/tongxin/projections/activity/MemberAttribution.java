package org.tongxin.projections.activity;

/** {@code items} of the member's own name {@code sector} or {@code workstation} (the other one null). */
public record MemberAttribution(String member, String sector, String workstation, int items) {}

package org.tongxin.projections.activity;

/**
 * Which sector (界别) and workstation (委员工作站) each member's own items name: the attribution of the clues they
 * raised and the sector of the reports they wrote. Answered with a list of {@link MemberAttribution}, one per member,
 * sector or workstation and how many items name it.
 */
public record ListMemberAttributions() {}

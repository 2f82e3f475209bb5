package org.tongxin.projections.activity;

import java.util.List;

/**
 * What the fold keeps of one aggregate: the item's title (which names every activity about it), what it needs to know
 * of later events (who leads, signed, evaluates; the level of an adoption), and the activities it yields.
 *
 * @param sourceId the aggregate's id
 * @param type the aggregate's type as the event store names it (Clue, Proposal, Handling…)
 * @param title the item in words, or null where it has none (a handling, named by its proposal)
 * @param status the outcome the source's own activities carry
 * @param owner the lead proposer, a report's author, a handling's department
 * @param people co-signers invited, co-authors, a handling's evaluators, a team's members
 * @param subjectKind a proposal's kind, a handling's source kind
 * @param subjectId the item a handling is about
 * @param level the level a report was adopted at
 * @param count instructions recorded so far
 * @param version the last sequence number folded in
 */
record ActivitySource(
        String sourceId,
        String type,
        String title,
        String status,
        String owner,
        List<String> people,
        String subjectKind,
        String subjectId,
        String level,
        int count,
        List<MemberActivity> activities,
        long version) {

    ActivitySource {
        people = people == null ? List.of() : List.copyOf(people);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    static ActivitySource of(String sourceId, String type) {
        return new ActivitySource(sourceId, type, null, null, null, List.of(), null, null, null, 0, List.of(), -1);
    }
}

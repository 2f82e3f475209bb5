package org.tongxin.projections.activity;

import java.util.List;

/**
 * A feature that knows activities this read model does not (duty shifts at workstations, reception visits, research
 * topics) hands them to the member record through this interface: every bean implementing it is asked for each
 * record and summary, and its activities are scored and shown like the others. The kinds it returns should be those of
 * its own category ({@link ActivityKind#DUTY_SHIFT}, {@link ActivityKind#RECEPTION_VISIT},
 * {@link ActivityKind#RESEARCH_TOPIC}).
 */
public interface MemberActivityContributor {

    /** The member's activities of {@code year}, by the committee's calendar. */
    List<MemberActivity> activities(String member, int year);

    /** Every member's activities of {@code year}, for the sector and workstation summaries. */
    List<MemberActivity> activitiesOfYear(int year);
}

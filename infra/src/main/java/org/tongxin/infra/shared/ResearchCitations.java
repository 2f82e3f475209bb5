package org.tongxin.infra.shared;

import java.util.List;
import java.util.Optional;

/**
 * The seam through which a proposal, public-opinion report or consultation topic draft cites a research topic
 * (调研课题), so the topic counts it among its conversion results (转化成果). Drafting forms offer {@link #topicsOf}
 * as a picker and call {@link #cite} with the draft's id once it exists; the registry implements it.
 */
public interface ResearchCitations {

    /** Records that the item cites the topic; citing twice is one citation. Kinds: PROPOSAL, REPORT, CONSULTATION. */
    void cite(long topicId, String itemKind, String itemId);

    /**
     * Makes {@code topicId} the only topic the item cites, or removes its citation when null: an edited draft's form
     * names the topic it rests on now, not an additional one.
     */
    void citeOnly(Long topicId, String itemKind, String itemId);

    /** The topic the item cites, if any (the most recent citation when older data holds several). */
    Optional<Long> citedBy(String itemKind, String itemId);

    /** The topics a member leads or takes part in, newest year first, for a draft's optional reference. */
    List<TopicChoice> topicsOf(String member);

    /** All topics of a year, for the office drafting on a member's behalf. */
    List<TopicChoice> topicsOfYear(int year);

    record TopicChoice(long id, int year, String title) {}
}

package org.tongxin.infra.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;

/**
 * A draft's optional reference to a research topic (依托调研课题) as the drafting forms and create APIs take it in field
 * {@value #FIELD}: a member picks among the topics he leads or takes part in, the office (drafting on a member's
 * behalf) among the year's topics. Anything else is refused naming the field; once the item exists it is cited.
 */
@Component
public class ResearchReference {

    public static final String FIELD = "researchTopicId";

    private final ResearchCitations citations;
    private final Clock clock;

    ResearchReference(ResearchCitations citations, Clock clock) {
        this.citations = citations;
        this.clock = clock;
    }

    /** The topics the signed-in user may name; none for anyone else. */
    public List<ResearchCitations.TopicChoice> choices(TongxinUser me) {
        if (me.role() == Role.MEMBER) {
            return citations.topicsOf(me.username());
        }
        if (me.role() == Role.STAFF) {
            return citations.topicsOfYear(LocalDate.now(clock).getYear());
        }
        return List.of();
    }

    /** The topic named by the raw value, empty when none is named; refused when it is not one of {@link #choices}. */
    public Optional<Long> check(TongxinUser me, Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw refused();
        }
        if (choices(me).stream().noneMatch(c -> c.id() == id)) {
            throw refused();
        }
        return Optional.of(id);
    }

    /** Cites the topic, if one was named, for the item just written; citing again changes nothing. */
    public void cite(Optional<Long> topic, String itemKind, String itemId) {
        topic.ifPresent(t -> citations.cite(t, itemKind, itemId));
    }

    /** Makes the topic named on an edited draft's form the only one it cites (none named: no citation). */
    public void citeOnly(Optional<Long> topic, String itemKind, String itemId) {
        citations.citeOnly(topic.orElse(null), itemKind, itemId);
    }

    /** The form value for the topic an item cites today ("" when none), so an edit form shows it selected. */
    public String formValue(String itemKind, String itemId) {
        return citations.citedBy(itemKind, itemId).map(String::valueOf).orElse("");
    }

    private static RefusedInput refused() {
        return new RefusedInput(List.of(new FieldError(FIELD, "unknown research topic")));
    }
}

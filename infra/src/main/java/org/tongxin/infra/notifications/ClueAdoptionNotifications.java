package org.tongxin.infra.notifications;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;

/**
 * A clue published for adoption (认领) is news for the members nearest to it: those of its sector (界别), and those
 * attached to a workstation in its street or to the workstation it came through (the registry's accounts and
 * stations). A clue that names neither, or that no member is near, goes to every member the task is offered to.
 */
@Component
class ClueAdoptionNotifications {

    private final NotificationOutbox outbox;
    private final Audience audience;
    private final QueryGateway queries;
    private final JdbcClient jdbc;

    ClueAdoptionNotifications(NotificationOutbox outbox, Audience audience, QueryGateway queries, JdbcClient jdbc) {
        this.outbox = outbox;
        this.audience = audience;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    void published(String clueId, String taskId, Set<String> groups) {
        Set<String> near = new LinkedHashSet<>();
        Optional<ClueSummary> clue = clue(clueId);
        clue.ifPresent(c -> near.addAll(nearMembers(c)));
        Set<String> offered = audience.members(groups);
        near.retainAll(offered);
        outbox.raise(new Notice(
                NotificationKind.CLUE_PUBLISHED,
                clueId,
                TaskNotifications.ADOPT_CLUE,
                "/tasks/" + taskId,
                "task:" + taskId,
                near.isEmpty() ? offered : near,
                groups));
    }

    private Optional<ClueSummary> clue(String clueId) {
        try {
            return queries.query(new FindClue(clueId), ResponseTypes.optionalInstanceOf(ClueSummary.class))
                    .join();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Set<String> nearMembers(ClueSummary clue) {
        if (blank(clue.sector()) && blank(clue.street()) && blank(clue.workstation())) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql(
                        """
                SELECT u.username FROM app_user u
                WHERE u.role = 'MEMBER' AND u.enabled
                  AND (u.sector = :sector
                       OR EXISTS (SELECT 1 FROM workstation_member m JOIN workstation w ON w.code = m.workstation
                                  WHERE m.member = u.username
                                    AND (w.street = :street OR w.code = :station OR w.name = :station)))
                ORDER BY u.username
                """)
                .param("sector", clue.sector())
                .param("street", clue.street())
                .param("station", clue.workstation())
                .query(String.class)
                .list());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

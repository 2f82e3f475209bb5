package org.tongxin.infra.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.registry.ResearchTopic;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.References;
import org.tongxin.projections.consultation.FindTopic;
import org.tongxin.projections.consultation.TopicView;
import org.tongxin.projections.report.FindReport;
import org.tongxin.projections.report.ReportView;

/**
 * Who may do what with a research topic, and the references it takes checked against what exists: the lead and
 * participants are member accounts, a cited proposal is found by its number or id, a cited report or consultation
 * topic by its id. The office keeps every topic; a member opens their own and works on the topics they belong to.
 */
@Service
class ResearchWork {

    private final ResearchTopics topics;
    private final Stations stations;
    private final References references;
    private final QueryGateway queries;

    ResearchWork(ResearchTopics topics, Stations stations, References references, QueryGateway queries) {
        this.topics = topics;
        this.stations = stations;
        this.references = references;
        this.queries = queries;
    }

    @Transactional
    long open(TongxinUser me, String title, int year, String lead, List<String> participants, String summary) {
        String leader = me.role() == Role.MEMBER ? me.username() : lead;
        if (me.role() == Role.MEMBER && lead != null && !lead.isBlank() && !lead.equals(me.username())) {
            throw new RefusedInput(List.of(new FieldError("lead", "must be yourself")));
        }
        Set<String> members = stations.memberChoices().stream()
                .map(Stations.MemberChoice::username)
                .collect(Collectors.toSet());
        if (leader == null || !members.contains(leader)) {
            throw new RefusedInput(List.of(new FieldError("lead", "unknown member: " + leader)));
        }
        for (String p : participants == null ? List.<String>of() : participants) {
            if (!members.contains(p)) {
                throw new RefusedInput(List.of(new FieldError("participants", "unknown member: " + p)));
            }
        }
        return topics.create(new ResearchTopic(title, year, leader, participants), summary, null);
    }

    /** The office, the lead and the participants work on a topic; others read it. */
    void requireWorker(TongxinUser me, ResearchTopics.Topic topic) {
        if (me.role() == Role.STAFF || me.role() == Role.ADMIN) {
            return;
        }
        boolean belongs = me.role() == Role.MEMBER
                && (topic.lead().equals(me.username())
                        || topic.participants().stream()
                                .anyMatch(p -> p.username().equals(me.username())));
        if (!belongs) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.FORBIDDEN,
                    "Only the office and the topic's members work on it.");
        }
    }

    /** The id of the cited item, or a 400 naming {@code item} when nothing of that kind is found. */
    String resolve(String kind, String entered) {
        ResearchTopic.CitingKind k = ResearchTopic.CitingKind.of(kind);
        Optional<String> id = entered == null || entered.isBlank() || entered.length() > 100
                ? Optional.empty()
                : switch (k) {
                    case PROPOSAL -> references.resolve(FieldType.PROPOSAL, entered.strip());
                    case REPORT -> queries.query(
                                    new FindReport(entered.strip()), ResponseTypes.optionalInstanceOf(ReportView.class))
                            .join()
                            .map(r -> entered.strip());
                    case CONSULTATION -> queries.query(
                                    new FindTopic(entered.strip()), ResponseTypes.optionalInstanceOf(TopicView.class))
                            .join()
                            .map(t -> entered.strip());
                };
        return id.orElseThrow(() -> new RefusedInput(List.of(
                new FieldError("item", "unknown " + k.name().toLowerCase(java.util.Locale.ROOT) + ": " + entered))));
    }
}

package org.tongxin.projections.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/** Folds every consultation topic event into {@code consultation_view} and answers the consultation queries. */
@Component
@ProcessingGroup(ConsultationProjection.GROUP)
public class ConsultationProjection {

    public static final String GROUP = "consultations";

    private final ConsultationRepository repository;
    private final ViewBatch<TopicView> views;
    private final Clock clock;
    private final int minSample;

    ConsultationProjection(
            ConsultationRepository repository,
            FailureIsolation isolation,
            Clock clock,
            @Value("${tongxin.stats.min-sample:5}") int minSample) {
        this.repository = repository;
        this.views = new ViewBatch<>(GROUP, "consultation_view", repository::find, repository::saveAll, isolation);
        this.clock = clock;
        this.minSample = minSample;
    }

    @EventHandler
    void on(TopicEvent event, @SequenceNumber long sequence) {
        views.update(event.topicId().value(), view -> TopicFold.apply(view, event, sequence));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<TopicView> handle(FindTopic query) {
        return repository.find(query.topicId()).map(v -> repository.withHandlings(v, LocalDate.now(clock)));
    }

    @QueryHandler
    TopicPage handle(ListTopics query) {
        TopicPage page = repository.list(query);
        LocalDate today = LocalDate.now(clock);
        return new TopicPage(
                page.items().stream()
                        .map(v -> repository.withHandlings(v, today))
                        .toList(),
                page.total(),
                page.page(),
                page.size());
    }

    @QueryHandler
    List<TopicView> handle(ListUpcomingMeetings query) {
        return repository.upcoming(query.from(), query.limit());
    }

    @QueryHandler
    PublicTopics handle(ListPublicTopics query) {
        return repository.publicTopics(query.limit());
    }

    @QueryHandler
    List<TopicView> handle(FindTopicsOfClue query) {
        return repository.ofClue(query.clueId());
    }

    @QueryHandler
    MemberConsultations handle(CountMemberConsultations query) {
        return repository.member(query.memberId());
    }

    @QueryHandler
    ConsultationStatistics handle(ComputeConsultationStatistics query) {
        List<String> departments = new ArrayList<>();
        List<long[]> counts = repository.departmentCounts(query.from(), query.to(), departments);
        List<ConsultationStatistics.DepartmentRow> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            long[] c = counts.get(i);
            Double percent = c[1] >= minSample && c[1] > 0 ? Math.round(1000.0 * c[2] / c[1]) / 10.0 : null;
            rows.add(new ConsultationStatistics.DepartmentRow(departments.get(i), c[0], c[1], c[2], percent));
        }
        return new ConsultationStatistics(minSample, repository.meetings(query.from(), query.to()), rows);
    }
}

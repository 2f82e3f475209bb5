package org.tongxin.infra.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.registry.ResearchTopic;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;

/** Research topics over HTTP: the year's topics and figures, one topic, and the work on it. */
@RestController
@RequestMapping("/api/research-topics")
@Validated
class ResearchTopicController {

    private final ResearchTopics topics;
    private final ResearchWork work;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResearchTopicController(ResearchTopics topics, ResearchWork work, CurrentUser currentUser, Clock clock) {
        this.topics = topics;
        this.work = work;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record TopicForm(
            @NotBlank @Size(max = ResearchTopic.TITLE_MAX) String title,
            @Min(2000) @Max(2100) int year,
            @Size(max = 64) String lead,
            @Size(max = 30) List<@NotBlank @Size(max = 64) String> participants,
            @Size(max = 4000) String summary) {}

    record VisitForm(@NotNull LocalDate date, @NotBlank @Size(max = 200) String place, @Size(max = 4000) String note) {}

    record ReportForm(@NotNull @Size(max = 50000) String report) {}

    record CitationForm(
            @NotBlank @jakarta.validation.constraints.Pattern(regexp = "PROPOSAL|REPORT|CONSULTATION") String kind,
            @NotBlank @Size(max = 100) String item) {}

    record Year(ResearchTopics.YearFigures figures, List<ResearchTopics.Topic> topics) {}

    @GetMapping
    Year list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        Access.require(currentUser.get(), WorkstationController.READERS);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return new Year(topics.figures(y), topics.list(y));
    }

    @GetMapping("/{id}")
    ResearchTopics.Topic get(@PathVariable long id) {
        Access.require(currentUser.get(), WorkstationController.READERS);
        return topics.require(id);
    }

    @PostMapping
    ResponseEntity<ResearchTopics.Topic> open(@Valid @RequestBody TopicForm form) {
        TongxinUser me = currentUser.get();
        Access.require(
                me,
                java.util.Set.of(
                        org.tongxin.engine.shared.Role.STAFF,
                        org.tongxin.engine.shared.Role.ADMIN,
                        org.tongxin.engine.shared.Role.MEMBER));
        long id = work.open(me, form.title(), form.year(), form.lead(), form.participants(), form.summary());
        return ResponseEntity.created(URI.create("/api/research-topics/" + id)).body(topics.require(id));
    }

    @PostMapping("/{id}/visits")
    ResearchTopics.Topic visit(@PathVariable long id, @Valid @RequestBody VisitForm form) {
        work.requireWorker(currentUser.get(), topics.require(id));
        topics.addVisit(id, form.date(), form.place(), form.note());
        return topics.require(id);
    }

    @PostMapping("/{id}/report")
    ResearchTopics.Topic report(@PathVariable long id, @Valid @RequestBody ReportForm form) {
        work.requireWorker(currentUser.get(), topics.require(id));
        topics.setReport(id, form.report());
        return topics.require(id);
    }

    /** A proposal (by number or id), report or consultation topic (by id) cites the topic: a conversion result. */
    @PostMapping("/{id}/citations")
    ResearchTopics.Topic cite(@PathVariable long id, @Valid @RequestBody CitationForm form) {
        work.requireWorker(currentUser.get(), topics.require(id));
        topics.cite(id, form.kind(), work.resolve(form.kind(), form.item()));
        return topics.require(id);
    }
}

package org.tongxin.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.ClueAggregate;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.clue.ClueMother;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.consultation.ApproveTopic;
import org.tongxin.engine.consultation.CloseFollowUp;
import org.tongxin.engine.consultation.ConsultationTopicAggregate;
import org.tongxin.engine.consultation.ItemizeSuggestion;
import org.tongxin.engine.consultation.RecordMeeting;
import org.tongxin.engine.consultation.RecordResearchReport;
import org.tongxin.engine.consultation.RecordResearchVisit;
import org.tongxin.engine.consultation.RecordResult;
import org.tongxin.engine.consultation.RefuseTopic;
import org.tongxin.engine.consultation.ScheduleMeeting;
import org.tongxin.engine.consultation.TopicLimits;
import org.tongxin.engine.consultation.TopicMother;
import org.tongxin.engine.consultation.TopicRule;
import org.tongxin.engine.handling.Evaluate;
import org.tongxin.engine.handling.ExtensionRequested;
import org.tongxin.engine.handling.FollowUpOverdue;
import org.tongxin.engine.handling.HandlingAggregate;
import org.tongxin.engine.handling.HandlingLimits;
import org.tongxin.engine.handling.HandlingMother;
import org.tongxin.engine.handling.HandlingOverdue;
import org.tongxin.engine.handling.HandlingPolicy;
import org.tongxin.engine.handling.HandlingRule;
import org.tongxin.engine.handling.LogPreHandlingContact;
import org.tongxin.engine.handling.RejectExtension;
import org.tongxin.engine.handling.Reply;
import org.tongxin.engine.handling.RequestExtension;
import org.tongxin.engine.handling.RequestReturn;
import org.tongxin.engine.handling.ReturnRequested;
import org.tongxin.engine.handling.SendCoHandlerOpinion;
import org.tongxin.engine.handling.UpholdAssignment;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.proposal.ConvertToOpinionReport;
import org.tongxin.engine.proposal.DeclineCoSignature;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.ProposalAggregate;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.proposal.ProposalMother;
import org.tongxin.engine.proposal.ProposalRule;
import org.tongxin.engine.proposal.RejectFiling;
import org.tongxin.engine.report.AdoptOpinionReport;
import org.tongxin.engine.report.ForwardOpinionReport;
import org.tongxin.engine.report.OpinionReportAggregate;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportReturned;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLimits;
import org.tongxin.engine.report.ReportRule;
import org.tongxin.engine.report.ReturnOpinionReport;
import org.tongxin.engine.report.ReviseOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleCode;
import org.tongxin.engine.supervision.CloseSupervisionEntry;
import org.tongxin.engine.supervision.RecordInspection;
import org.tongxin.engine.supervision.SupervisionEntryAggregate;
import org.tongxin.engine.supervision.SupervisionLimits;
import org.tongxin.engine.supervision.SupervisionMother;
import org.tongxin.engine.supervision.SupervisionPolicy;
import org.tongxin.engine.supervision.SupervisionRule;
import org.tongxin.engine.supervision.VerifyRectification;
import org.tongxin.processes.clue.ClueTriageProcess;
import org.tongxin.processes.consultation.ConsultationProcess;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.proposal.MergeTargets;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;
import org.tongxin.processes.proposal.ProposalNumbers;
import org.tongxin.processes.report.OpinionReportProcess;
import org.tongxin.processes.report.ReviewWindow;
import org.tongxin.processes.supervision.SupervisionProcess;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.References;
import org.tongxin.processes.task.TaskContext;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeProvider;
import org.tongxin.processes.task.TaskTypeRegistry;

/**
 * Limits have one home: every text field of every registered task form is capped at the limit of the aggregate that
 * takes its text, the form accepts a text at that limit and refuses one character more, and so does the aggregate
 * when the task's own command carries the text to it.
 */
class FormLimitsTest {

    private static final TaskTypeRegistry REGISTRY = registry();

    /** Every reference field resolves to what was entered: limits, not the directory, are under test here. */
    private static final References AS_ENTERED = (kind, entered) -> Optional.of(entered);

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    /**
     * One text field of one task form, filled by the task's command: the aggregate limit it must equal, the other
     * values that lead the form to the command carrying it, and an aggregate history in which that command succeeds.
     */
    record Probe(
            String task,
            String field,
            int limit,
            Map<String, Object> otherValues,
            TaskContext context,
            Class<?> command,
            Class<?> aggregate,
            Clock clock,
            Object[] history,
            RuleCode refusal) {

        @Override
        public String toString() {
            return task + "." + field + " (" + command.getSimpleName() + ")";
        }
    }

    static Stream<Probe> probes() {
        TaskContext clueStaff = context(ClueMother.CLUE.value(), Map.of(), ClueMother.STAFF);
        TaskContext clueMember = context(ClueMother.CLUE.value(), Map.of(), ProposalMother.LEAD);
        TaskContext coSigner = context(ProposalMother.PROPOSAL.value(), Map.of(), ProposalMother.CO_SIGNER);
        TaskContext filingStaff = context(ProposalMother.PROPOSAL.value(), Map.of(), ProposalMother.STAFF);
        Object[] submitted = {ProposalMother.jointDrafted(), ProposalMother.jointSubmitted()};
        return Stream.concat(
                Stream.concat(reportProbes(), consultationProbes()),
                Stream.of(
                        new Probe(
                                ClueTriageProcess.TASK_CLASSIFY,
                                "street",
                                ClueLimits.STREET_MAX,
                                Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"),
                                clueStaff,
                                ClassifyClue.class,
                                ClueAggregate.type(),
                                ClueMother.CLOCK,
                                new Object[] {ClueMother.clueRegistered()},
                                ClueRule.CLASSIFICATION_TOO_LONG),
                        new Probe(
                                ClueTriageProcess.TASK_CLASSIFY,
                                "redirectedTo",
                                ClueLimits.REDIRECTED_TO_MAX,
                                Map.of(
                                        "category",
                                        "交通出行",
                                        "route",
                                        "DECLINE",
                                        "declineGround",
                                        "PETITION_LETTER_MATTER"),
                                clueStaff,
                                ClassifyClue.class,
                                ClueAggregate.type(),
                                ClueMother.CLOCK,
                                new Object[] {ClueMother.clueRegistered()},
                                ClueRule.CLASSIFICATION_TOO_LONG),
                        new Probe(
                                ClueTriageProcess.TASK_DRAFT_PROPOSAL,
                                "title",
                                ProposalLimits.TITLE_MAX,
                                Map.of("content", ProposalMother.CONTENT),
                                clueMember,
                                DraftProposal.class,
                                ProposalAggregate.type(),
                                ProposalMother.CLOCK,
                                new Object[0],
                                ProposalRule.TOO_LONG),
                        new Probe(
                                ClueTriageProcess.TASK_DRAFT_PROPOSAL,
                                "content",
                                ProposalLimits.CONTENT_MAX,
                                Map.of("title", ProposalMother.TITLE),
                                clueMember,
                                DraftProposal.class,
                                ProposalAggregate.type(),
                                ProposalMother.CLOCK,
                                new Object[0],
                                ProposalRule.TOO_LONG),
                        new Probe(
                                ProposalLifecycleProcess.TASK_CONFIRM_CO_SIGNATURE,
                                "reason",
                                ProposalLimits.CO_SIGN_REASON_MAX,
                                Map.of("decision", "DECLINE"),
                                coSigner,
                                DeclineCoSignature.class,
                                ProposalAggregate.type(),
                                ProposalMother.CLOCK,
                                submitted,
                                ProposalRule.CO_SIGN_REASON_TOO_LONG),
                        new Probe(
                                ProposalLifecycleProcess.TASK_REVIEW_FILING,
                                "forwardedTo",
                                ProposalLimits.FORWARDED_TO_MAX,
                                Map.of("decision", "NOT_FILE", "ground", "PERSONAL_MATTER", "disposition", "FORWARDED"),
                                filingStaff,
                                RejectFiling.class,
                                ProposalAggregate.type(),
                                ProposalMother.CLOCK,
                                ProposalMother.inFilingReview(),
                                ProposalRule.FILING_TEXT_TOO_LONG),
                        new Probe(
                                ProposalLifecycleProcess.TASK_REVIEW_FILING,
                                "note",
                                ProposalLimits.FILING_NOTE_MAX,
                                Map.of(
                                        "decision",
                                        "NOT_FILE",
                                        "ground",
                                        "ACADEMIC",
                                        "disposition",
                                        "KEPT_FOR_REFERENCE"),
                                filingStaff,
                                RejectFiling.class,
                                ProposalAggregate.type(),
                                ProposalMother.CLOCK,
                                ProposalMother.inFilingReview(),
                                ProposalRule.FILING_TEXT_TOO_LONG),
                        new Probe(
                                ProposalLifecycleProcess.TASK_REVIEW_FILING,
                                "note",
                                ProposalLimits.FILING_NOTE_MAX,
                                Map.of("decision", "CONVERT"),
                                filingStaff,
                                ConvertToOpinionReport.class,
                                ProposalAggregate.type(),
                                ProposalMother.CLOCK,
                                ProposalMother.inFilingReview(),
                                ProposalRule.FILING_TEXT_TOO_LONG),
                        handling(
                                DepartmentHandlingProcess.TASK_RECEIVE,
                                "reason",
                                HandlingLimits.NOTE_MAX,
                                Map.of("decision", "RETURN"),
                                HandlingMother.OFFICER,
                                RequestReturn.class,
                                HandlingMother.RECEIVED_ON,
                                HandlingMother.leadOpened()),
                        handling(
                                DepartmentHandlingProcess.TASK_ARBITRATE_RETURN,
                                "note",
                                HandlingLimits.NOTE_MAX,
                                Map.of("decision", "UPHOLD"),
                                HandlingMother.STAFF,
                                UpholdAssignment.class,
                                HandlingMother.RECEIVED_ON.plusDays(1),
                                HandlingMother.leadOpened(),
                                new ReturnRequested(
                                        HandlingMother.LEAD,
                                        "不属本单位职责",
                                        HandlingMother.URBAN,
                                        HandlingMother.RECEIVED_ON,
                                        HandlingMother.OFFICER,
                                        HandlingMother.at(HandlingMother.RECEIVED_ON))),
                        new Probe(
                                DepartmentHandlingProcess.TASK_SEND_OPINION,
                                "opinion",
                                HandlingLimits.TEXT_MAX,
                                Map.of(),
                                handlingContext(HandlingMother.CO.value(), HandlingMother.CO_OFFICER),
                                SendCoHandlerOpinion.class,
                                HandlingAggregate.type(),
                                handlingClock(HandlingMother.RECEIVED_ON.plusDays(1)),
                                HandlingMother.coInProgress(),
                                HandlingRule.TEXT_TOO_LONG),
                        handling(
                                DepartmentHandlingProcess.TASK_PRE_HANDLING_CONTACT,
                                "notes",
                                HandlingLimits.NOTE_MAX,
                                Map.of("contactedOn", "2026-03-20", "method", "PHONE"),
                                HandlingMother.OFFICER,
                                LogPreHandlingContact.class,
                                LocalDate.of(2026, 3, 20),
                                HandlingMother.inProgress()),
                        handling(
                                DepartmentHandlingProcess.TASK_REPLY,
                                "text",
                                HandlingLimits.TEXT_MAX,
                                Map.of("action", "REPLY", "outcome", "B"),
                                HandlingMother.OFFICER,
                                Reply.class,
                                HandlingMother.REPLIED_ON,
                                HandlingMother.inProgress()),
                        handling(
                                DepartmentHandlingProcess.TASK_REPLY,
                                "reason",
                                HandlingLimits.NOTE_MAX,
                                Map.of("action", "EXTEND", "extensionMonths", "1"),
                                HandlingMother.OFFICER,
                                RequestExtension.class,
                                LocalDate.of(2026, 5, 20),
                                HandlingMother.inProgress()),
                        handling(
                                DepartmentHandlingProcess.TASK_APPROVE_EXTENSION,
                                "note",
                                HandlingLimits.NOTE_MAX,
                                Map.of("decision", "REJECT"),
                                HandlingMother.STAFF,
                                RejectExtension.class,
                                LocalDate.of(2026, 5, 22),
                                HandlingMother.inProgress(),
                                new ExtensionRequested(
                                        HandlingMother.LEAD,
                                        Period.ofMonths(1),
                                        "需协调轨道交通和城管两个部门",
                                        HandlingMother.REPLY_DUE,
                                        HandlingMother.OFFICER,
                                        HandlingMother.at(LocalDate.of(2026, 5, 20)))),
                        handling(
                                DepartmentHandlingProcess.TASK_FOLLOW_UP_OVERDUE,
                                "note",
                                HandlingLimits.NOTE_MAX,
                                Map.of(),
                                HandlingMother.STAFF,
                                FollowUpOverdue.class,
                                HandlingMother.REPLY_DUE.plusDays(1),
                                HandlingMother.inProgress(),
                                new HandlingOverdue(
                                        HandlingMother.LEAD,
                                        1,
                                        HandlingMother.REPLY_DUE,
                                        HandlingMother.SYSTEM,
                                        HandlingMother.at(HandlingMother.REPLY_DUE.plusDays(1)))),
                        handling(
                                DepartmentHandlingProcess.TASK_EVALUATE,
                                "comment",
                                HandlingLimits.NOTE_MAX,
                                Map.of("handlingWork", "SATISFIED", "result", "BASICALLY_SATISFIED"),
                                HandlingMother.PROPOSER,
                                Evaluate.class,
                                LocalDate.of(2026, 5, 11),
                                HandlingMother.replied()),
                        supervision(
                                SupervisionProcess.TASK_RECORD_ACTIVITY,
                                "places",
                                SupervisionLimits.NAME_MAX,
                                Map.of("kind", "INSPECTION", "heldOn", "2026-03-02"),
                                SupervisionMother.STAFF,
                                RecordInspection.class,
                                Map.of(),
                                SupervisionMother.registered(),
                                SupervisionMother.teamFormed()),
                        supervision(
                                SupervisionProcess.TASK_RECORD_ACTIVITY,
                                "participants",
                                SupervisionLimits.NAME_MAX,
                                Map.of("kind", "INSPECTION", "heldOn", "2026-03-02", "places", "龙城广场站"),
                                SupervisionMother.STAFF,
                                RecordInspection.class,
                                Map.of(),
                                SupervisionMother.registered(),
                                SupervisionMother.teamFormed()),
                        supervision(
                                SupervisionProcess.TASK_RECORD_ACTIVITY,
                                "finding",
                                SupervisionLimits.TEXT_MAX,
                                Map.of(
                                        "kind",
                                        "INSPECTION",
                                        "heldOn",
                                        "2026-03-02",
                                        "places",
                                        "龙城广场站",
                                        "department",
                                        "transport"),
                                SupervisionMother.STAFF,
                                RecordInspection.class,
                                Map.of(),
                                SupervisionMother.registered(),
                                SupervisionMother.teamFormed()),
                        supervision(
                                SupervisionProcess.TASK_VERIFY_RECTIFICATION,
                                "opinion",
                                SupervisionLimits.TEXT_MAX,
                                Map.of("verdict", "NOT_ACCEPT"),
                                SupervisionMother.STAFF,
                                VerifyRectification.class,
                                Map.of(
                                        SupervisionProcess.VAR_RECTIFICATION_HANDLING_ID,
                                        SupervisionMother.ROUND_1.value()),
                                SupervisionMother.answeredOnce()),
                        supervision(
                                SupervisionProcess.TASK_CLOSE_ENTRY,
                                "result",
                                SupervisionLimits.TEXT_MAX,
                                Map.of(),
                                SupervisionMother.STAFF,
                                CloseSupervisionEntry.class,
                                Map.of(),
                                SupervisionMother.registered(),
                                SupervisionMother.teamFormed())));
    }

    private static Probe supervision(
            String task,
            String field,
            int limit,
            Map<String, Object> otherValues,
            ActorRef actor,
            Class<?> command,
            Map<String, Object> variables,
            Object... history) {
        return new Probe(
                task,
                field,
                limit,
                otherValues,
                context(SupervisionMother.ENTRY.value(), variables, actor),
                command,
                SupervisionEntryAggregate.type(),
                Clock.fixed(SupervisionMother.NOW, SupervisionMother.ZONE),
                history,
                SupervisionRule.TEXT_TOO_LONG);
    }

    @Test
    void everyTextFieldOfEveryTaskFormIsProbed() {
        Set<String> textFields = REGISTRY.all().stream()
                .flatMap(type -> type.form().fields().stream()
                        .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.TEXTAREA)
                        .map(f -> type.key() + "." + f.name()))
                .collect(Collectors.toSet());
        Set<String> probed = probes().map(p -> p.task() + "." + p.field()).collect(Collectors.toSet());

        assertThat(textFields).isNotEmpty();
        assertThat(probed).containsExactlyInAnyOrderElementsOf(textFields);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void theFormsLimitIsTheAggregatesLimit(Probe probe) {
        TaskType type = REGISTRY.find(probe.task()).orElseThrow();
        FormField field = type.form().fields().stream()
                .filter(f -> f.name().equals(probe.field()))
                .findFirst()
                .orElseThrow();
        String atLimit = "字".repeat(probe.limit());
        String overLimit = atLimit + "字";

        assertThat(field.maxLength()).as("the form's limit").isEqualTo(probe.limit());

        FormValues accepted = type.form().validate(body(probe, atLimit), AS_ENTERED);
        assertThatThrownBy(() -> type.form().validate(body(probe, overLimit), AS_ENTERED))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo(probe.field())));

        Object command = command(type, probe, accepted);
        given(probe).when(command).expectSuccessfulHandlerExecution();

        // A client that got past the form (or a form with a larger limit, as the contact notes had) meets the
        // aggregate's own refusal.
        Map<String, Object> unchecked = new HashMap<>(accepted.values());
        unchecked.put(probe.field(), overLimit);
        given(probe)
                .when(command(type, probe, new FormValues(unchecked)))
                .expectNoEvents()
                .expectException(violates(probe.refusal()));
    }

    /** The consultation's forms: each text lands in the topic, which has the same limit. */
    static Stream<Probe> consultationProbes() {
        TaskContext leader = context(TopicMother.TOPIC.value(), Map.of(), TopicMother.LEADER);
        TaskContext member = context(TopicMother.TOPIC.value(), Map.of(), TopicMother.MEMBER);
        TaskContext staff = context(TopicMother.TOPIC.value(), Map.of(), TopicMother.STAFF);
        Map<String, Object> visit = Map.of("preparation", "MORE", "visitedOn", "2026-06-01");
        return Stream.of(
                topic(
                        ConsultationProcess.TASK_APPROVE,
                        "reason",
                        TopicLimits.TEXT_MAX,
                        Map.of("decision", "REFUSE"),
                        leader,
                        RefuseTopic.class,
                        TopicMother.proposed()),
                topic(
                        ConsultationProcess.TASK_APPROVE,
                        "note",
                        TopicLimits.TEXT_MAX,
                        Map.of("decision", "APPROVE"),
                        leader,
                        ApproveTopic.class,
                        TopicMother.proposed()),
                topic(
                        ConsultationProcess.TASK_PREPARE,
                        "place",
                        TopicLimits.SHORT_MAX,
                        with(visit, "findings", "拥堵"),
                        member,
                        RecordResearchVisit.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_PREPARE,
                        "peopleMet",
                        TopicLimits.TEXT_MAX,
                        with(with(visit, "findings", "拥堵"), "place", "市场"),
                        member,
                        RecordResearchVisit.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_PREPARE,
                        "findings",
                        TopicLimits.TEXT_MAX,
                        with(visit, "place", "市场"),
                        member,
                        RecordResearchVisit.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_PREPARE,
                        "report",
                        TopicLimits.TEXT_MAX,
                        Map.of("preparation", "DONE"),
                        member,
                        RecordResearchReport.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_PREPARE,
                        "draftSuggestions",
                        TopicLimits.TEXT_MAX,
                        Map.of("preparation", "DONE", "report", "报告"),
                        member,
                        RecordResearchReport.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_SCHEDULE_MEETING,
                        "place",
                        TopicLimits.SHORT_MAX,
                        Map.of("meetingOn", "2026-06-10"),
                        staff,
                        ScheduleMeeting.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_SCHEDULE_MEETING,
                        "residentNames",
                        TopicLimits.TEXT_MAX,
                        Map.of("meetingOn", "2026-06-10", "place", "街道办"),
                        staff,
                        ScheduleMeeting.class,
                        TopicMother.approved()),
                topic(
                        ConsultationProcess.TASK_RECORD_MEETING,
                        "residentNames",
                        TopicLimits.TEXT_MAX,
                        Map.of("heldOn", "2026-06-10", "minutes", "纪要"),
                        staff,
                        RecordMeeting.class,
                        TopicMother.scheduled()),
                topic(
                        ConsultationProcess.TASK_RECORD_MEETING,
                        "minutes",
                        TopicLimits.TEXT_MAX,
                        Map.of("heldOn", "2026-06-10"),
                        staff,
                        RecordMeeting.class,
                        TopicMother.scheduled()),
                topic(
                        ConsultationProcess.TASK_ITEMIZE,
                        "text",
                        TopicLimits.SUGGESTION_MAX,
                        Map.of("next", "ANOTHER", "departments", "transport"),
                        staff,
                        ItemizeSuggestion.class,
                        TopicMother.held()),
                topic(
                        ConsultationProcess.TASK_FOLLOW_UP,
                        "reason",
                        TopicLimits.TEXT_MAX,
                        Map.of(),
                        staff,
                        CloseFollowUp.class,
                        TopicMother.followingUp()),
                topic(
                        ConsultationProcess.TASK_RECORD_RESULT,
                        "summary",
                        TopicLimits.TEXT_MAX,
                        Map.of("asReport", "NO"),
                        staff,
                        RecordResult.class,
                        TopicMother.followUpClosed()));
    }

    private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
        Map<String, Object> all = new HashMap<>(values);
        all.put(name, value);
        return all;
    }

    private static Probe topic(
            String task,
            String field,
            int limit,
            Map<String, Object> otherValues,
            TaskContext context,
            Class<?> command,
            Object[] history) {
        return new Probe(
                task,
                field,
                limit,
                otherValues,
                context,
                command,
                ConsultationTopicAggregate.type(),
                TopicMother.CLOCK,
                history,
                TopicRule.TOO_LONG);
    }

    private static Map<String, Object> body(Probe probe, String text) {
        Map<String, Object> body = new HashMap<>(probe.otherValues());
        body.put(probe.field(), text);
        return body;
    }

    private static Object command(TaskType type, Probe probe, FormValues values) {
        List<Object> commands =
                type.command().toCommand(probe.context(), values).commands();
        return commands.stream()
                .filter(probe.command()::isInstance)
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(probe + " sent no " + probe.command().getSimpleName()));
    }

    private static TestExecutor<?> given(Probe probe) {
        AggregateTestFixture<?> fixture = new AggregateTestFixture<>(probe.aggregate());
        fixture.registerInjectableResource(probe.clock());
        fixture.registerInjectableResource(DeadlinePolicy.defaults());
        fixture.registerInjectableResource(HandlingPolicy.defaults());
        fixture.registerInjectableResource(ContentPolicy.defaults());
        fixture.registerInjectableResource(SupervisionPolicy.defaults());
        fixture.registerInjectableResource(ReportPolicy.defaults());
        fixture.registerInjectableResource(CALENDAR);
        return probe.history().length == 0 ? fixture.givenNoPriorActivity() : fixture.given(probe.history());
    }

    private static final Instant REPORT_AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Clock REPORT_CLOCK = Clock.fixed(REPORT_AT, ZoneId.of("Asia/Shanghai"));
    private static final ReportId REPORT = new ReportId("report-1");
    private static final ActorRef REPORT_AUTHOR = ActorRef.of("member", Role.MEMBER);
    private static final ActorRef REPORT_STAFF = ActorRef.of("staff", Role.STAFF);

    private static Probe report(
            String task,
            String field,
            int limit,
            Map<String, Object> others,
            Class<?> command,
            RuleCode refusal,
            boolean returned) {
        OpinionReportDrafted drafted = new OpinionReportDrafted(
                REPORT, "地铁出口被占", "地铁出口被共享单车占用。", "member", List.of(), REPORT_AUTHOR, REPORT_AT);
        OpinionReportSubmitted submitted = new OpinionReportSubmitted(REPORT, REPORT_AUTHOR, REPORT_AT);
        Object[] history = returned
                ? new Object[] {
                    drafted, submitted, new OpinionReportReturned(REPORT, "请补充", 1, "member", REPORT_STAFF, REPORT_AT)
                }
                : new Object[] {drafted, submitted};
        return new Probe(
                task,
                field,
                limit,
                others,
                context(REPORT.value(), Map.of(), returned ? REPORT_AUTHOR : REPORT_STAFF),
                command,
                OpinionReportAggregate.type(),
                REPORT_CLOCK,
                history,
                refusal);
    }

    static Stream<Probe> reportProbes() {
        int max = ContentPolicy.defaults().opinionReportMaxChars();
        return Stream.of(
                report(
                        OpinionReportProcess.TASK_REVIEW,
                        "editedTitle",
                        ReportLimits.TITLE_MAX,
                        Map.of("decision", "ADOPT", "level", "CITY"),
                        AdoptOpinionReport.class,
                        ReportRule.TITLE_TOO_LONG,
                        false),
                report(
                        OpinionReportProcess.TASK_REVIEW,
                        "editedContent",
                        max,
                        Map.of("decision", "ADOPT", "level", "CITY"),
                        AdoptOpinionReport.class,
                        ReportRule.TOO_LONG,
                        false),
                report(
                        OpinionReportProcess.TASK_REVIEW,
                        "reason",
                        ReportLimits.REASON_MAX,
                        Map.of("decision", "RETURN"),
                        ReturnOpinionReport.class,
                        ReportRule.TEXT_TOO_LONG,
                        false),
                report(
                        OpinionReportProcess.TASK_REVIEW,
                        "channel",
                        ReportLimits.CHANNEL_MAX,
                        Map.of("decision", "FORWARD"),
                        ForwardOpinionReport.class,
                        ReportRule.TEXT_TOO_LONG,
                        false),
                report(
                        OpinionReportProcess.TASK_REVISE,
                        "title",
                        ReportLimits.TITLE_MAX,
                        Map.of("content", "已补充站点。"),
                        ReviseOpinionReport.class,
                        ReportRule.TITLE_TOO_LONG,
                        true),
                report(
                        OpinionReportProcess.TASK_REVISE,
                        "content",
                        max,
                        Map.of("title", "地铁出口被占"),
                        ReviseOpinionReport.class,
                        ReportRule.TOO_LONG,
                        true));
    }

    private static Probe handling(
            String task,
            String field,
            int limit,
            Map<String, Object> otherValues,
            ActorRef actor,
            Class<?> command,
            LocalDate today,
            Object... history) {
        return new Probe(
                task,
                field,
                limit,
                otherValues,
                handlingContext(HandlingMother.LEAD.value(), actor),
                command,
                HandlingAggregate.type(),
                handlingClock(today),
                HandlingMother.history(history),
                HandlingRule.TEXT_TOO_LONG);
    }

    private static TaskContext handlingContext(String handlingId, ActorRef actor) {
        return context(
                handlingId,
                Map.of(
                        DepartmentHandlingProcess.VAR_HANDLING_ID,
                        handlingId,
                        DepartmentHandlingProcess.VAR_PROPOSAL_ID,
                        HandlingMother.PROPOSAL),
                actor);
    }

    private static Clock handlingClock(LocalDate today) {
        return Clock.fixed(HandlingMother.at(today), HandlingMother.ZONE);
    }

    private static TaskContext context(String businessKey, Map<String, Object> variables, ActorRef actor) {
        return new TaskContext("task-1", businessKey, variables, actor);
    }

    /** The registry as the application builds it, from every task type provider in this module. */
    private static TaskTypeRegistry registry() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(ProposalNumbers.class, () -> () -> "2026-0042");
        context.registerBean(MergeTargets.class, () -> id -> java.util.Optional.empty());
        context.registerBean(ContentPolicy.class, ContentPolicy::defaults);
        context.registerBean(Clock.class, () -> TopicMother.CLOCK);
        context.registerBean(ReviewWindow.class, () -> new ReviewWindow(ReportPolicy.defaults(), CALENDAR));
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskTypeProvider.class));
        scanner.scan("org.tongxin.processes");
        context.registerBean(TaskTypeRegistry.class);
        context.refresh();
        TaskTypeRegistry registry = context.getBean(TaskTypeRegistry.class);
        context.close();
        return registry;
    }
}

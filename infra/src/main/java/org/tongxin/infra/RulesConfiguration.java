package org.tongxin.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.handling.HandlingPolicy;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.HandlingKindPolicy;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.supervision.SupervisionPolicy;

/** The committee's rules ({@code tongxin.rules.*}), its time zone and its working-day calendar. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    /**
     * The committee's overrides of the rules. A setting left out is {@code null} here and takes its value from
     * {@link DeadlinePolicy#defaults()} or {@link ContentPolicy#defaults()}, so every default is written once, in the
     * engine (the table is in {@code docs/domain.md}).
     */
    @ConfigurationProperties("tongxin.rules")
    record Rules(
            Integer returnWindowWorkingDays,
            Integer preHandlingContactWorkingDays,
            Period coHandlerOpinion,
            Period reply,
            Period keyProposalReply,
            Period extendedReplyCap,
            Period reminderBeforeDue,
            Integer evaluationWindowWorkingDays,
            Period rehandleReply,
            Integer maxRehandles,
            Period coSignerConfirmation,
            Integer classificationWorkingDays,
            Integer opinionReportMaxChars) {

        DeadlinePolicy policy() {
            DeadlinePolicy defaults = DeadlinePolicy.defaults();
            return new DeadlinePolicy(
                    or(returnWindowWorkingDays, defaults.returnWindowWorkingDays()),
                    or(preHandlingContactWorkingDays, defaults.preHandlingContactWorkingDays()),
                    or(coHandlerOpinion, defaults.coHandlerOpinion()),
                    or(reply, defaults.reply()),
                    or(keyProposalReply, defaults.keyProposalReply()),
                    or(extendedReplyCap, defaults.extendedReplyCap()),
                    or(reminderBeforeDue, defaults.reminderBeforeDue()),
                    or(evaluationWindowWorkingDays, defaults.evaluationWindowWorkingDays()),
                    or(rehandleReply, defaults.rehandleReply()),
                    or(maxRehandles, defaults.maxRehandles()),
                    or(coSignerConfirmation, defaults.coSignerConfirmation()),
                    or(classificationWorkingDays, defaults.classificationWorkingDays()));
        }

        ContentPolicy content() {
            return new ContentPolicy(
                    or(opinionReportMaxChars, ContentPolicy.defaults().opinionReportMaxChars()));
        }

        private static <T> T or(T setting, T fallback) {
            return setting != null ? setting : fallback;
        }
    }

    /**
     * The limits of an instruction's transfer to departments ({@code tongxin.rules.instruction.*}); its other limits
     * are the proposals'. A setting left out takes {@link HandlingPolicy}'s default.
     */
    @ConfigurationProperties("tongxin.rules.instruction")
    record InstructionRules(Period reply, Period extendedReplyCap) {

        HandlingPolicy policy(DeadlinePolicy proposals) {
            return HandlingPolicy.of(
                    proposals,
                    reply != null ? reply : HandlingPolicy.INSTRUCTION_REPLY,
                    extendedReplyCap != null ? extendedReplyCap : HandlingPolicy.INSTRUCTION_EXTENDED_REPLY_CAP);
        }
    }

    /**
     * The limits of a consultation suggestion's transfer to departments ({@code tongxin.rules.consultation.*}); its
     * other limits are the proposals'. A setting left out takes {@link HandlingPolicy}'s default.
     */
    @ConfigurationProperties("tongxin.rules.consultation")
    record ConsultationRules(Period reply, Period extendedReplyCap) {

        HandlingPolicy on(HandlingPolicy policy, DeadlinePolicy proposals) {
            return policy.withConsultationSuggestions(
                    proposals,
                    reply != null ? reply : HandlingPolicy.CONSULTATION_REPLY,
                    extendedReplyCap != null ? extendedReplyCap : HandlingPolicy.CONSULTATION_EXTENDED_REPLY_CAP);
        }
    }

    /**
     * The limits of a rectification (整改) a supervision finding sends to a department
     * ({@code tongxin.rules.rectification.*}) and how many rounds a finding is rectified; a setting left out takes
     * {@link HandlingPolicy}'s or {@link SupervisionPolicy}'s default.
     */
    @ConfigurationProperties("tongxin.rules.rectification")
    record RectificationRules(
            Integer planWorkingDays, Period completion, Period extendedCompletionCap, Integer rounds) {

        HandlingPolicy policy(HandlingPolicy others, DeadlinePolicy proposals) {
            if (planWorkingDays == null && completion == null && extendedCompletionCap == null) {
                return others;
            }
            return others.with(
                    SourceKind.RECTIFICATION,
                    HandlingKindPolicy.rectification(
                            proposals,
                            planWorkingDays != null ? planWorkingDays : HandlingPolicy.RECTIFICATION_PLAN_WORKING_DAYS,
                            completion != null ? completion : HandlingPolicy.RECTIFICATION_COMPLETION,
                            extendedCompletionCap != null
                                    ? extendedCompletionCap
                                    : HandlingPolicy.RECTIFICATION_EXTENDED_CAP));
        }

        SupervisionPolicy supervision() {
            return rounds != null ? new SupervisionPolicy(rounds) : SupervisionPolicy.defaults();
        }
    }

    /**
     * The rules of public-opinion reports ({@code tongxin.rules.report.*}) other than their length; a setting left out
     * takes {@link ReportPolicy#defaults()}.
     */
    @ConfigurationProperties("tongxin.rules.report")
    record ReportRules(Integer maxRevisionRounds, Integer reviewWorkingDays, Integer reviewReminderWorkingDays) {

        ReportPolicy policy() {
            ReportPolicy defaults = ReportPolicy.defaults();
            return new ReportPolicy(
                    maxRevisionRounds != null ? maxRevisionRounds : defaults.maxRevisionRounds(),
                    reviewWorkingDays != null ? reviewWorkingDays : defaults.reviewWorkingDays(),
                    reviewReminderWorkingDays != null
                            ? reviewReminderWorkingDays
                            : defaults.reviewReminderWorkingDays());
        }
    }

    @Bean
    ReportPolicy reportPolicy(ReportRules report) {
        return report.policy();
    }

    /**
     * @param zone the committee's time zone: a "day" of a deadline is a day there
     * @param calendarFile a calendar data file that replaces the bundled years (the format of the bundled files)
     */
    @ConfigurationProperties("tongxin")
    record Committee(@DefaultValue("Asia/Shanghai") ZoneId zone, Path calendarFile) {}

    @Bean
    DeadlinePolicy deadlinePolicy(Rules rules) {
        return rules.policy();
    }

    /** The handling rules per kind of item: proposals under the rules above, instructions with their own limits. */
    @Bean
    HandlingPolicy handlingPolicy(
            DeadlinePolicy deadlinePolicy,
            InstructionRules instruction,
            ConsultationRules consultation,
            RectificationRules rectification) {
        return rectification.policy(
                consultation.on(instruction.policy(deadlinePolicy), deadlinePolicy), deadlinePolicy);
    }

    @Bean
    SupervisionPolicy supervisionPolicy(RectificationRules rectification) {
        return rectification.supervision();
    }

    @Bean
    ContentPolicy contentPolicy(Rules rules) {
        return rules.content();
    }

    @Bean
    ZoneId committeeZone(Committee committee) {
        return committee.zone();
    }

    /**
     * Aggregates take time from this clock (a handler parameter), never from {@code Instant.now()}; its zone is the
     * committee's, so "today" in a rule is a day there.
     */
    @Bean
    Clock clock(ZoneId committeeZone) {
        return Clock.system(committeeZone);
    }

    /**
     * The calendar deadlines count on, starting from the shipped years (or the committee's file); the years designers
     * save from the calendar page replace them while the application runs.
     */
    @Bean
    LiveCalendar liveCalendar(Committee committee) throws IOException {
        if (committee.calendarFile() == null) {
            return new LiveCalendar(WorkingDayCalendar.loadDefault());
        }
        try (Reader reader = Files.newBufferedReader(committee.calendarFile(), StandardCharsets.UTF_8)) {
            return new LiveCalendar(WorkingDayCalendar.from(reader));
        }
    }

    /**
     * The calendar of the moment, for the aggregates' handler parameter: Axon asks the context for the bean on every
     * command, and a prototype answers with the live calendar each time. Components hold {@link LiveCalendar}.
     */
    @Bean
    @Scope("prototype")
    WorkingDayCalendar workingDayCalendar(LiveCalendar live) {
        return live.get();
    }
}

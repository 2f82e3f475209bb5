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
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.handling.HandlingPolicy;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.DeadlinePolicy;

/** The committee's rules ({@code tongxin.rules.*}), its time zone and its working-day calendar. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    /** Every number defaults to DOMAIN.md; a committee overrides what its own rules say. */
    @ConfigurationProperties("tongxin.rules")
    record Rules(
            @DefaultValue("5") int returnWindowWorkingDays,
            @DefaultValue("15") int preHandlingContactWorkingDays,
            @DefaultValue("P1M") Period coHandlerOpinion,
            @DefaultValue("P3M") Period reply,
            @DefaultValue("P3M") Period keyProposalReply,
            @DefaultValue("P6M") Period extendedReplyCap,
            @DefaultValue("P14D") Period reminderBeforeDue,
            @DefaultValue("15") int evaluationWindowWorkingDays,
            @DefaultValue("P1M") Period rehandleReply,
            @DefaultValue("1") int maxRehandles,
            @DefaultValue("P7D") Period coSignerConfirmation,
            @DefaultValue("5") int classificationWorkingDays,
            @DefaultValue("1500") int opinionReportMaxChars) {

        DeadlinePolicy policy() {
            return new DeadlinePolicy(
                    returnWindowWorkingDays,
                    preHandlingContactWorkingDays,
                    coHandlerOpinion,
                    reply,
                    keyProposalReply,
                    extendedReplyCap,
                    reminderBeforeDue,
                    evaluationWindowWorkingDays,
                    rehandleReply,
                    maxRehandles,
                    coSignerConfirmation,
                    classificationWorkingDays);
        }
    }

    /**
     * The limits of an instruction's transfer to departments ({@code tongxin.rules.instruction.*}); its other limits
     * are the proposals'.
     */
    @ConfigurationProperties("tongxin.rules.instruction")
    record InstructionRules(@DefaultValue("P1M") Period reply, @DefaultValue("P2M") Period extendedReplyCap) {}

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
    HandlingPolicy handlingPolicy(DeadlinePolicy deadlinePolicy, InstructionRules instruction) {
        return HandlingPolicy.of(deadlinePolicy, instruction.reply(), instruction.extendedReplyCap());
    }

    @Bean
    ContentPolicy contentPolicy(Rules rules) {
        return new ContentPolicy(rules.opinionReportMaxChars());
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

    @Bean
    WorkingDayCalendar workingDayCalendar(Committee committee) throws IOException {
        if (committee.calendarFile() == null) {
            return WorkingDayCalendar.loadDefault();
        }
        try (Reader reader = Files.newBufferedReader(committee.calendarFile(), StandardCharsets.UTF_8)) {
            return WorkingDayCalendar.from(reader);
        }
    }
}

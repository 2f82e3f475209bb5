package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;
import org.tongxin.engine.handling.HandlingPolicy;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.HandlingKindPolicy;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.supervision.SupervisionPolicy;

/** The rule defaults are written once, in the engine; {@code tongxin.rules.*} only overrides them. */
class RulesDefaultsTest {

    @Test
    void withoutOverridesTheConfiguredRulesAreTheEnginesDefaults() {
        RulesConfiguration.Rules rules = bind(Map.of());

        assertThat(rules.policy()).isEqualTo(DeadlinePolicy.defaults());
        assertThat(rules.content()).isEqualTo(ContentPolicy.defaults());
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));
        assertThat(binder.bindOrCreate("tongxin.rules.consultation", RulesConfiguration.ConsultationRules.class)
                        .on(
                                binder.bindOrCreate(
                                                "tongxin.rules.instruction", RulesConfiguration.InstructionRules.class)
                                        .policy(DeadlinePolicy.defaults()),
                                DeadlinePolicy.defaults()))
                .isEqualTo(HandlingPolicy.defaults());
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of()))
                        .bindOrCreate("tongxin.rules.report", RulesConfiguration.ReportRules.class)
                        .policy())
                .isEqualTo(ReportPolicy.defaults());
    }

    @Test
    void aReportRuleOverrideChangesOnlyItself() {
        assertThat(new Binder(new MapConfigurationPropertySource(
                                Map.of("tongxin.rules.report.max-revision-rounds", "1")))
                        .bindOrCreate("tongxin.rules.report", RulesConfiguration.ReportRules.class)
                        .policy())
                .isEqualTo(new ReportPolicy(
                        1,
                        ReportPolicy.defaults().reviewWorkingDays(),
                        ReportPolicy.defaults().reviewReminderWorkingDays()));
    }

    @Test
    void rectificationLimitsAndRoundsAreTheEnginesDefaultsUnlessOverridden() {
        Binder none = new Binder(new MapConfigurationPropertySource(Map.of()));
        RulesConfiguration.RectificationRules defaults =
                none.bindOrCreate("tongxin.rules.rectification", RulesConfiguration.RectificationRules.class);
        assertThat(defaults.policy(HandlingPolicy.defaults(), DeadlinePolicy.defaults()))
                .isEqualTo(HandlingPolicy.defaults());
        assertThat(defaults.supervision()).isEqualTo(SupervisionPolicy.defaults());

        RulesConfiguration.RectificationRules shorter = new Binder(new MapConfigurationPropertySource(Map.of(
                        "tongxin.rules.rectification.plan-working-days", "10",
                        "tongxin.rules.rectification.rounds", "3")))
                .bindOrCreate("tongxin.rules.rectification", RulesConfiguration.RectificationRules.class);
        assertThat(shorter.policy(HandlingPolicy.defaults(), DeadlinePolicy.defaults())
                        .of(SourceKind.RECTIFICATION)
                        .orElseThrow())
                .isEqualTo(HandlingKindPolicy.rectification(
                        DeadlinePolicy.defaults(),
                        10,
                        HandlingPolicy.RECTIFICATION_COMPLETION,
                        HandlingPolicy.RECTIFICATION_EXTENDED_CAP));
        assertThat(shorter.supervision()).isEqualTo(new SupervisionPolicy(3));
    }

    @Test
    void anOverrideChangesItsOwnRuleAndLeavesTheOthersAtTheirDefaults() {
        RulesConfiguration.Rules rules = bind(Map.of(
                "tongxin.rules.reply", "P2M",
                "tongxin.rules.return-window-working-days", "3",
                "tongxin.rules.opinion-report-max-chars", "1200"));

        DeadlinePolicy defaults = DeadlinePolicy.defaults();
        assertThat(rules.policy())
                .isEqualTo(new DeadlinePolicy(
                        3,
                        defaults.preHandlingContactWorkingDays(),
                        defaults.coHandlerOpinion(),
                        Period.ofMonths(2),
                        defaults.keyProposalReply(),
                        defaults.extendedReplyCap(),
                        defaults.reminderBeforeDue(),
                        defaults.evaluationWindowWorkingDays(),
                        defaults.rehandleReply(),
                        defaults.maxRehandles(),
                        defaults.coSignerConfirmation(),
                        defaults.classificationWorkingDays()));
        assertThat(rules.content()).isEqualTo(new ContentPolicy(1200));
    }

    @Test
    void theApplicationsOwnConfigurationSetsNoRule() throws Exception {
        // application.yml carrying a value would make it a second home for that default.
        var documents = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        assertThat(documents).isNotEmpty();
        assertThat(documents).allSatisfy(source -> assertThat(((EnumerablePropertySource<?>) source).getPropertyNames())
                .noneMatch(name -> name.startsWith("tongxin.rules")));
    }

    private static RulesConfiguration.Rules bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("tongxin.rules", RulesConfiguration.Rules.class);
    }
}

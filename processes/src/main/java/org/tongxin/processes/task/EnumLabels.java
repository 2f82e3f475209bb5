package org.tongxin.processes.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.ClueStatus;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.DeclineGround;
import org.tongxin.engine.consultation.Adoption;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.consultation.TopicStatus;
import org.tongxin.engine.handling.ContactMethod;
import org.tongxin.engine.handling.HandlingStatus;
import org.tongxin.engine.handling.Satisfaction;
import org.tongxin.engine.proposal.HandlingMode;
import org.tongxin.engine.proposal.NotFiledDisposition;
import org.tongxin.engine.proposal.NotFiledGround;
import org.tongxin.engine.proposal.ProposalStatus;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.ProposingBodyType;
import org.tongxin.engine.report.ReportDeclineGround;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.ReportReview;
import org.tongxin.engine.report.ReportStatus;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.ActivityKind;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.RectificationStatus;
import org.tongxin.engine.supervision.SupervisionStatus;
import org.tongxin.engine.supervision.SupervisionType;

/**
 * The words for the domain's coded values. Their one home is the UI's message bundles ({@code messages.properties},
 * {@code messages_en.properties}) under the key {@link #key}; this reads the same bundles from the classpath, so a
 * form's choices, the API's form definitions and the feedback citizens read use the very words the pages show. Where
 * the bundles are not on the classpath (this module's own tests) a value is labelled by its name.
 */
public final class EnumLabels {

    /** The bundle key prefix of every coded value a page or a form can show. */
    public static final Map<Class<? extends Enum<?>>, String> PREFIXES = Map.ofEntries(
            Map.entry(ClueStatus.class, "clue.status."),
            Map.entry(ClueSource.class, "clue.source."),
            Map.entry(ClueRoute.class, "clue.route."),
            Map.entry(DeclineGround.class, "clue.declineGround."),
            Map.entry(ConversionTarget.class, "clue.targetKind."),
            Map.entry(ProposalStatus.class, "proposal.status."),
            Map.entry(ProposerKind.class, "proposal.kind."),
            Map.entry(ProposingBodyType.class, "proposal.body."),
            Map.entry(NotFiledGround.class, "proposal.notFiledGround."),
            Map.entry(NotFiledDisposition.class, "proposal.disposition."),
            Map.entry(HandlingMode.class, "handling.mode."),
            Map.entry(HandlingRole.class, "handling.role."),
            Map.entry(HandlingStatus.class, "handling.status."),
            Map.entry(ContactMethod.class, "handling.contact."),
            Map.entry(OutcomeClass.class, "outcome."),
            Map.entry(Satisfaction.class, "satisfaction."),
            Map.entry(ReportStatus.class, "report.status."),
            Map.entry(Role.class, "role."),
            Map.entry(TopicKind.class, "consultation.kind."),
            Map.entry(TopicOrigin.class, "consultation.origin."),
            Map.entry(TopicStatus.class, "consultation.status."),
            Map.entry(Adoption.class, "consultation.adoption."),
            Map.entry(SupervisionType.class, "supervision.type."),
            Map.entry(SupervisionStatus.class, "supervision.status."),
            Map.entry(ActivityKind.class, "supervision.activity."),
            Map.entry(RectificationStatus.class, "supervision.rectification."),
            Map.entry(FindingRoute.class, "supervision.route."),
            Map.entry(ReportLevel.class, "report.level."),
            Map.entry(ReportDeclineGround.class, "report.declineGround."),
            Map.entry(ReportReview.class, "report.review."));

    private static final Properties ZH = load("/messages.properties");
    private static final Properties EN = load("/messages_en.properties");

    private EnumLabels() {}

    /** The bundle key of a coded value, e.g. {@code outcome.A}. */
    public static String key(Enum<?> value) {
        String prefix = PREFIXES.get(value.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalStateException("no bundle key prefix for " + value.getDeclaringClass());
        }
        return prefix + value.name();
    }

    public static Label of(Enum<?> value) {
        String key = key(value);
        return new Label(ZH.getProperty(key, value.name()), EN.getProperty(key, value.name()));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EnumLabels.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}

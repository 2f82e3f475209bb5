package org.tongxin.infra.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.directory.Directory;
import org.tongxin.projections.caselabel.CaseLabel;
import org.tongxin.projections.caselabel.ListCaseLabels;
import org.tongxin.projections.consultation.FindTopic;
import org.tongxin.projections.consultation.TopicView;
import org.tongxin.projections.handling.FindInstructionSource;
import org.tongxin.projections.handling.InstructionSource;
import org.tongxin.projections.report.FindReport;
import org.tongxin.projections.report.ReportView;
import org.tongxin.projections.supervision.FindSupervisionEntry;
import org.tongxin.projections.supervision.SupervisionView;

/**
 * What lists call a case instead of its id: {@code TX-… · title} for a clue, {@code 第2026-0042号 · title} for a
 * proposal, and for a department's handling ({@link HandlingId}) its proposal and department.
 * Pages call it per row ({@code ${@caseNames.label(key)}}): two primary-key lookups each; long lists (the inbox, the
 * audit log) take all their labels at once ({@link #labels}).
 */
@Component("caseNames")
public class CaseNames {

    /** Handlings of these kinds are named by their own source, not by a case label ({@link #label}). */
    private static final Set<SourceKind> LABELLED_ALONE =
            EnumSet.of(SourceKind.INSTRUCTION, SourceKind.CONSULTATION_SUGGESTION, SourceKind.RECTIFICATION);

    private final QueryGateway queries;
    private final Directory directory;
    private final Messages messages;
    private final UiFormat format;

    CaseNames(QueryGateway queries, Directory directory, Messages messages, UiFormat format) {
        this.queries = queries;
        this.directory = directory;
        this.messages = messages;
        this.format = format;
    }

    public String label(String key) {
        if (key == null || key.isBlank()) {
            return messages.get("case.unnamed");
        }
        HandlingId handling = HandlingId.isHandlingId(key) ? new HandlingId(key) : null;
        if (handling != null && handling.sourceKind() == SourceKind.INSTRUCTION) {
            String title = queries.query(
                            new FindInstructionSource(key), ResponseTypes.optionalInstanceOf(InstructionSource.class))
                    .join()
                    .map(InstructionSource::title)
                    .orElseGet(() -> messages.get("case.unnamed"));
            return messages.get("handling.kind.INSTRUCTION") + " · " + title + " · "
                    + directory.departmentName(handling.department().value(), format.english());
        }
        if (handling != null && handling.sourceKind() == SourceKind.CONSULTATION_SUGGESTION) {
            return messages.get("handling.kind.CONSULTATION_SUGGESTION") + " · "
                    + topicTitle(SuggestionSource.topic(handling).value()) + " · "
                    + messages.get("consultation.suggestion.number", SuggestionSource.number(handling)) + " · "
                    + directory.departmentName(handling.department().value(), format.english());
        }
        if (handling != null && handling.sourceKind() == SourceKind.RECTIFICATION) {
            return messages.get("handling.kind.RECTIFICATION") + " · " + supervisionSubject(handling.sourceId()) + " · "
                    + directory.departmentName(handling.department().value(), format.english());
        }
        String caseId = handling == null ? key : handling.sourceId();
        String base = queries
                .query(new ListCaseLabels(List.of(caseId)), ResponseTypes.multipleInstancesOf(CaseLabel.class))
                .join()
                .stream()
                .findFirst()
                .map(this::label)
                .orElseGet(() -> handling == null
                        ? topicLabel(caseId)
                                .or(() -> supervisionLabel(caseId))
                                .or(() -> reportLabel(caseId))
                                .orElseGet(() -> messages.get("case.unnamed"))
                        : messages.get("case.unnamed"));
        return handling == null
                ? base
                : base + " · " + directory.departmentName(handling.department().value(), format.english());
    }

    /**
     * {@link #label} of every key of a list at once: one lookup for all the clues and proposals among them (and the
     * proposals of departments' handlings), where a label per row asked once per row; the other kinds per key.
     */
    public Map<String, String> labels(Collection<String> keys) {
        Map<String, String> caseIds = new LinkedHashMap<>();
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                continue;
            }
            HandlingId handling = HandlingId.isHandlingId(key) ? new HandlingId(key) : null;
            if (handling == null) {
                caseIds.put(key, key);
            } else if (!LABELLED_ALONE.contains(handling.sourceKind())) {
                caseIds.put(key, handling.sourceId());
            }
        }
        Map<String, CaseLabel> found = new HashMap<>();
        if (!caseIds.isEmpty()) {
            queries.query(
                            new ListCaseLabels(List.copyOf(new LinkedHashSet<>(caseIds.values()))),
                            ResponseTypes.multipleInstancesOf(CaseLabel.class))
                    .join()
                    .forEach(c -> found.put(c.id(), c));
        }
        Map<String, String> labels = new HashMap<>();
        for (String key : keys) {
            if (key == null || labels.containsKey(key)) {
                continue;
            }
            CaseLabel c = caseIds.containsKey(key) ? found.get(caseIds.get(key)) : null;
            if (c == null) {
                labels.put(key, label(key));
            } else if (HandlingId.isHandlingId(key)) {
                labels.put(
                        key,
                        label(c) + " · "
                                + directory.departmentName(
                                        new HandlingId(key).department().value(), format.english()));
            } else {
                labels.put(key, label(c));
            }
        }
        return labels;
    }

    /** The readable number of a clue or proposal by its id; "not numbered" before a proposal is filed. */
    public String numberOf(String id) {
        if (id == null || id.isBlank()) {
            return messages.get("proposal.unnumbered");
        }
        return queries
                .query(new ListCaseLabels(List.of(id)), ResponseTypes.multipleInstancesOf(CaseLabel.class))
                .join()
                .stream()
                .findFirst()
                .map(c -> number(c.kind(), c.number()))
                .orElseGet(() -> messages.get("proposal.unnumbered"));
    }

    /** A case's number as people write it: {@code TX-…}, {@code 第2026-0042号}; none before a proposal is filed. */
    public String number(CaseLabel.Kind kind, String number) {
        if (number == null) {
            return null;
        }
        return kind == CaseLabel.Kind.PROPOSAL ? messages.get("proposal.number", number) : number;
    }

    /** A proposal's filing number as people write it, or null. */
    public String proposalNumber(String number) {
        return number(CaseLabel.Kind.PROPOSAL, number);
    }

    /** A consultation topic as its title, when {@code id} names one (its process's tasks carry its id). */
    private Optional<String> topicLabel(String id) {
        if (id.length() > 64) {
            return Optional.empty();
        }
        return queries.query(new FindTopic(id), ResponseTypes.optionalInstanceOf(TopicView.class))
                .join()
                .map(TopicView::title);
    }

    private String topicTitle(String id) {
        return topicLabel(id).orElseGet(() -> messages.get("case.unnamed"));
    }

    private String label(CaseLabel c) {
        String number = number(c.kind(), c.number());
        return number == null ? c.title() : number + " · " + c.title();
    }

    /** A supervision pool entry by its subject, for the tasks and handlings that name it by id. */
    private String supervisionSubject(String supervisionId) {
        return supervisionLabel(supervisionId).orElseGet(() -> messages.get("case.unnamed"));
    }

    /** A public-opinion report as its title, when {@code id} names one (its review tasks carry its id). */
    private Optional<String> reportLabel(String id) {
        if (id.length() > 64) {
            return Optional.empty();
        }
        return queries.query(new FindReport(id), ResponseTypes.optionalInstanceOf(ReportView.class))
                .join()
                .map(r -> messages.get("reports.task.heading") + " · " + r.title());
    }

    /** A supervision entry's subject, when {@code id} names one (its process's tasks carry its id). */
    private Optional<String> supervisionLabel(String supervisionId) {
        if (supervisionId.length() > 64) {
            return Optional.empty();
        }
        return queries.query(
                        new FindSupervisionEntry(supervisionId, null),
                        ResponseTypes.optionalInstanceOf(SupervisionView.class))
                .join()
                .map(SupervisionView::subject);
    }
}

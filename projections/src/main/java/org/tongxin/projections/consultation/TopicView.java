package org.tongxin.projections.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation topic as the read side shows it. {@code version} is the sequence number of the last event folded
 * in. Opinions carry personal data (for staff); the public pages use {@link #publicOpinions}.
 */
public record TopicView(
        String topicId,
        String title,
        String background,
        String kind,
        String origin,
        String district,
        String street,
        String workstation,
        List<String> leadMembers,
        List<String> invitedDepartments,
        List<String> sourceClues,
        String status,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        String approvalNote,
        String refusalReason,
        List<VisitView> visits,
        String report,
        String draftSuggestions,
        LocalDate meetingOn,
        String place,
        ParticipantsView invited,
        Instant onlineClosesAt,
        boolean onlineOpen,
        LocalDate heldOn,
        ParticipantsView attended,
        String minutes,
        List<OpinionView> opinions,
        List<SuggestionView> suggestions,
        LocalDate transferredOn,
        Instant followUpClosedAt,
        boolean allAnswered,
        String followUpReason,
        String resultSummary,
        Instant resultAt,
        boolean submittedAsReport,
        int answers,
        int adopted,
        List<TimelineEntry> timeline,
        long version) {

    /** The opinions the public page shows: published ones, without names or phones. */
    public List<OpinionView> publicOpinions() {
        return opinions == null
                ? List.of()
                : opinions.stream()
                        .filter(o -> OpinionView.PUBLISHED.equals(o.status()))
                        .map(OpinionView::withoutPersonalData)
                        .toList();
    }

    /** How many suggestions are open, overdue or answered, for the follow-up badges. */
    public long suggestionsIn(String state) {
        return suggestions == null
                ? 0
                : suggestions.stream().filter(s -> s.state().equals(state)).count();
    }

    TopicView withSuggestions(List<SuggestionView> newSuggestions) {
        Builder b = toBuilder();
        b.suggestions = newSuggestions;
        return b.build();
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** The fold's working copy; {@link TopicFold} is its only user. */
    static final class Builder {
        String topicId;
        String title;
        String background;
        String kind;
        String origin;
        String district;
        String street;
        String workstation;
        List<String> leadMembers;
        List<String> invitedDepartments;
        List<String> sourceClues;
        String status;
        String createdBy;
        Instant createdAt;
        String approvedBy;
        String approvalNote;
        String refusalReason;
        List<VisitView> visits;
        String report;
        String draftSuggestions;
        LocalDate meetingOn;
        String place;
        ParticipantsView invited;
        Instant onlineClosesAt;
        boolean onlineOpen;
        LocalDate heldOn;
        ParticipantsView attended;
        String minutes;
        List<OpinionView> opinions;
        List<SuggestionView> suggestions;
        LocalDate transferredOn;
        Instant followUpClosedAt;
        boolean allAnswered;
        String followUpReason;
        String resultSummary;
        Instant resultAt;
        boolean submittedAsReport;
        int answers;
        int adopted;
        List<TimelineEntry> timeline;
        long version;

        Builder() {}

        Builder(TopicView v) {
            this.topicId = v.topicId();
            this.title = v.title();
            this.background = v.background();
            this.kind = v.kind();
            this.origin = v.origin();
            this.district = v.district();
            this.street = v.street();
            this.workstation = v.workstation();
            this.leadMembers = v.leadMembers();
            this.invitedDepartments = v.invitedDepartments();
            this.sourceClues = v.sourceClues();
            this.status = v.status();
            this.createdBy = v.createdBy();
            this.createdAt = v.createdAt();
            this.approvedBy = v.approvedBy();
            this.approvalNote = v.approvalNote();
            this.refusalReason = v.refusalReason();
            this.visits = v.visits();
            this.report = v.report();
            this.draftSuggestions = v.draftSuggestions();
            this.meetingOn = v.meetingOn();
            this.place = v.place();
            this.invited = v.invited();
            this.onlineClosesAt = v.onlineClosesAt();
            this.onlineOpen = v.onlineOpen();
            this.heldOn = v.heldOn();
            this.attended = v.attended();
            this.minutes = v.minutes();
            this.opinions = v.opinions();
            this.suggestions = v.suggestions();
            this.transferredOn = v.transferredOn();
            this.followUpClosedAt = v.followUpClosedAt();
            this.allAnswered = v.allAnswered();
            this.followUpReason = v.followUpReason();
            this.resultSummary = v.resultSummary();
            this.resultAt = v.resultAt();
            this.submittedAsReport = v.submittedAsReport();
            this.answers = v.answers();
            this.adopted = v.adopted();
            this.timeline = v.timeline();
            this.version = v.version();
        }

        TopicView build() {
            return new TopicView(
                    topicId,
                    title,
                    background,
                    kind,
                    origin,
                    district,
                    street,
                    workstation,
                    leadMembers,
                    invitedDepartments,
                    sourceClues,
                    status,
                    createdBy,
                    createdAt,
                    approvedBy,
                    approvalNote,
                    refusalReason,
                    visits,
                    report,
                    draftSuggestions,
                    meetingOn,
                    place,
                    invited,
                    onlineClosesAt,
                    onlineOpen,
                    heldOn,
                    attended,
                    minutes,
                    opinions,
                    suggestions,
                    transferredOn,
                    followUpClosedAt,
                    allAnswered,
                    followUpReason,
                    resultSummary,
                    resultAt,
                    submittedAsReport,
                    answers,
                    adopted,
                    timeline,
                    version);
        }
    }
}

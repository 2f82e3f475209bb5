package org.tongxin.engine.consultation;

public sealed interface TopicEvent
        permits TopicCreated,
                TopicApproved,
                TopicRefused,
                ResearchVisitRecorded,
                ResearchReportRecorded,
                MeetingScheduled,
                MeetingHeld,
                SuggestionItemized,
                SuggestionsTransferred,
                SuggestionAnswered,
                DepartmentAskedAgain,
                FollowUpClosed,
                ConsultationResultRecorded,
                ConsultationResultSubmittedAsReport,
                OpinionSubmitted,
                OpinionPublished,
                OpinionHidden,
                OnlineParticipationClosed,
                OpinionGiverErased {

    TopicId topicId();
}

package org.tongxin.engine.consultation;

import org.tongxin.engine.shared.Command;

public sealed interface TopicCommand extends Command
        permits CreateTopic,
                ApproveTopic,
                RefuseTopic,
                RecordResearchVisit,
                RecordResearchReport,
                ScheduleMeeting,
                RecordMeeting,
                ItemizeSuggestion,
                LiftOpinion,
                TransferSuggestions,
                RecordSuggestionAnswer,
                AskDepartmentAgain,
                CloseFollowUp,
                RecordResult,
                SubmitOpinion,
                ModerateOpinion,
                CloseOnlineParticipation,
                EraseOpinionGiver {

    TopicId topicId();
}

package org.tongxin.processes.consultation;

import java.util.Map;
import java.util.Set;
import org.tongxin.processes.variable.Decisions;

/** Descriptor of {@code consultation.bpmn}: its key, resource, element ids, messages, variables and decision values. */
public final class ConsultationProcess {

    public static final String KEY = "consultation";
    public static final String RESOURCE = "processes/consultation.bpmn";

    public static final String START_TOPIC_CREATED = "StartEvent_TopicCreated";
    public static final String TASK_APPROVE = "Task_ApproveTopic";
    public static final String TASK_PREPARE = "Task_PrepareTopic";
    public static final String TASK_SCHEDULE_MEETING = "Task_ScheduleMeeting";
    public static final String TIMER_ONLINE_CLOSES = "Timer_OnlineCloses";
    public static final String SERVICE_CLOSE_ONLINE = "Service_CloseOnlineParticipation";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
    public static final String TASK_ITEMIZE = "Task_ItemizeSuggestions";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpSuggestions";
    public static final String EVENT_ALL_ANSWERED = "Event_AllSuggestionsAnswered";
    public static final String TASK_RECORD_RESULT = "Task_RecordResult";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String GATEWAY_PREPARED = "Gateway_Prepared";
    public static final String GATEWAY_ONLINE = "Gateway_Online";
    public static final String GATEWAY_ITEMIZED = "Gateway_Itemized";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_CONCLUDED = "EndEvent_Concluded";

    /** Correlated when the last department answered and the topic's follow-up closed by itself. */
    public static final String MSG_ALL_ANSWERED = "Msg_AllSuggestionsAnswered";

    /** The topic id; equal to the business key. */
    public static final String VAR_TOPIC_ID = "topicId";
    /** The topic's kind, a {@code TopicKind} name, for forms that differ by kind. */
    public static final String VAR_KIND = "kind";
    /** When online participation closes (a date-time as ISO text), set when the meeting is scheduled online. */
    public static final String VAR_ONLINE_CLOSES_AT = "onlineClosesAt";

    public static final String VAR_APPROVAL = "approval";
    public static final String VAR_PREPARATION = "preparation";
    public static final String VAR_PARTICIPATION = "participation";
    public static final String VAR_NEXT = "next";

    /** The leader's decision on the topic (立项). */
    public enum Approval {
        APPROVE,
        REFUSE
    }

    /** After a preparation step: another one, or ready to schedule the meeting. */
    public enum Preparation {
        MORE,
        DONE
    }

    /** Whether the public gives opinions online before the meeting is recorded. */
    public enum Participation {
        ONLINE,
        MEETING_ONLY
    }

    /** After a suggestion is itemized: another one, or transfer them all to the departments. */
    public enum Next {
        ANOTHER,
        TRANSFER
    }

    public static final Map<String, Set<String>> DECISIONS = Map.of(
            VAR_APPROVAL, Decisions.names(Approval.values()),
            VAR_PREPARATION, Decisions.names(Preparation.values()),
            VAR_PARTICIPATION, Decisions.names(Participation.values()),
            VAR_NEXT, Decisions.names(Next.values()));

    private ConsultationProcess() {}
}

package org.tongxin.processes.handling;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.variable.Decisions;
import org.tongxin.processes.variable.JsonList;

/**
 * Descriptor of {@code department-handling.bpmn}, which serves every kind of item a department handles: proposals
 * reach it through the proposal lifecycle's call activity, other kinds are started by a bridge. Its business key is the first handling id; after a reassignment
 * the instance goes on for the new department, so commands use the {@link #VAR_HANDLING_ID} variable, never the key.
 * Dates are ISO text set from the domain's events; timers turn them into instants through {@code ${deadlines}}.
 */
public final class DepartmentHandlingProcess {

    public static final String KEY = "department-handling";
    public static final String RESOURCE = "processes/department-handling.bpmn";

    public static final String TASK_RECEIVE = "Task_ReceiveHandling";
    public static final String TASK_ARBITRATE_RETURN = "Task_ArbitrateReturn";
    public static final String TASK_SEND_OPINION = "Task_SendOpinion";
    public static final String TASK_PRE_HANDLING_CONTACT = "Task_PreHandlingContact";
    public static final String TASK_REPLY = "Task_Reply";
    public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String TASK_FOLLOW_UP_OVERDUE = "Task_FollowUpOverdue";
    public static final String TASK_EVALUATE = "Task_EvaluateReply";
    public static final String TIMER_RETURN_WINDOW = "Timer_ReturnWindowEnds";
    public static final String TIMER_REPLY_REMINDER = "Timer_ReplyReminder";
    public static final String TIMER_REPLY_DUE = "Timer_ReplyDue";
    public static final String TIMER_EVALUATION_WINDOW = "Timer_EvaluationWindow";
    public static final String TIMER_OPINIONS_DUE = "Timer_OpinionsDue";
    public static final String GATEWAY_AWAIT_OPINIONS = "Gateway_AwaitOpinions";
    public static final String EVENT_OPINIONS_COMPLETE = "Event_OpinionsComplete";
    public static final String SERVICE_OPEN_HANDLING = "Service_OpenHandling";
    public static final String SERVICE_DEEM_RECEIVED = "Service_DeemReceived";
    public static final String SERVICE_SEND_REPLY_REMINDER = "Service_SendReplyReminder";
    public static final String SERVICE_MARK_OVERDUE = "Service_MarkOverdue";
    public static final String SERVICE_CLOSE_EVALUATION_WINDOW = "Service_CloseEvaluationWindow";
    public static final String SERVICE_REHANDLE = "Service_Rehandle";
    public static final String SERVICE_ESCALATE_TO_SUPERVISION = "Service_EscalateToSupervision";
    public static final String SERVICE_CLOSE_HANDLING = "Service_CloseHandling";
    public static final String SERVICE_RECORD_CLOSURE_ON_PROPOSAL = "Service_RecordClosureOnProposal";
    public static final String END_HANDLING_CLOSED = "EndEvent_HandlingClosed";

    /**
     * Correlated to the lead's handling when the lead handling records every co-handler's opinion in
     * ({@code CoHandlerOpinionsComplete}).
     */
    public static final String MSG_CO_HANDLER_OPINIONS_COMPLETE = "Msg_CoHandlerOpinionsComplete";

    /**
     * Starts the handling of a kind without a parent process ({@code StartEvent_HandlingTransferred}); the start is
     * asynchronous so the handling opens in its own transaction, after the command that transferred the item.
     */
    public static final String MSG_HANDLING_TRANSFERRED = "Msg_HandlingTransferred";

    public static final String START_TRANSFERRED = "StartEvent_HandlingTransferred";

    public static final String VAR_HANDLING_ID = "handlingId";
    /** The proposal's id, given by the proposal lifecycle; other kinds name their item by {@link #VAR_SOURCE_ID}. */
    public static final String VAR_PROPOSAL_ID = "proposalId";
    /** The kind of item handled, a {@code SourceKind} name, read off the handling when it opens. */
    public static final String VAR_SOURCE_KIND = "sourceKind";
    /** The handled item's id in its kind's aggregate. */
    public static final String VAR_SOURCE_ID = "sourceId";

    public static final String VAR_DEPARTMENT = "department";
    public static final String VAR_ROLE = "role";
    public static final String VAR_LEAD_HANDLING_ID = "leadHandlingId";
    /** Who evaluates the reply: user ids, a JSON list ({@link #evaluators(Object)}). */
    public static final String VAR_EVALUATORS = "evaluators";
    /** One evaluator's user id, set by the evaluation's multi-instance. */
    public static final String VAR_EVALUATOR = "evaluator";

    public static final String VAR_KEY_PROPOSAL = "keyProposal";
    /**
     * A key proposal's supervising leader (user id), handed over by the proposal lifecycle; the overdue follow-up
     * goes to them ({@link OverdueFollowUp}). Absent for other items.
     */
    public static final String VAR_SUPERVISING_LEADER = "supervisingLeader";

    public static final String VAR_ASSIGNED_ON = "assignedOn";
    public static final String VAR_RETURN_WINDOW_ENDS = "returnWindowEnds";
    public static final String VAR_PRE_CONTACT_DUE = "preContactDue";
    public static final String VAR_CO_HANDLER_OPINION_DUE = "coHandlerOpinionDue";
    public static final String VAR_REPLY_DUE = "replyDue";
    public static final String VAR_REMINDER_ON = "reminderOn";
    public static final String VAR_EVALUATION_WINDOW_ENDS = "evaluationWindowEnds";
    /** How many co-handlers' opinions a lead expects; given when the handling is started. */
    public static final String VAR_CO_HANDLER_COUNT = "coHandlerCount";
    /** The day the lead stops waiting for co-handlers' opinions, off {@code HandlingOpened}. */
    public static final String VAR_OPINIONS_DUE = "opinionsDue";
    /**
     * A JSON list of the departments whose opinions a reassigned lead had received, read off
     * {@code HandlingReassigned}; the next lead handling opens with them.
     */
    public static final String VAR_OPINIONS_CARRIED = "opinionsCarried";
    /** True once the lead handling has every expected opinion (or expects none). */
    public static final String VAR_OPINIONS_COMPLETE = "opinionsComplete";
    /** False for a kind nobody evaluates: the reply settles its round and the evaluation is skipped. */
    public static final String VAR_HAS_EVALUATORS = "hasEvaluators";
    /** A {@link Receipt} name. */
    public static final String VAR_RECEIPT = "receipt";
    /** An {@link Arbitration} name. */
    public static final String VAR_ARBITRATION = "arbitration";
    /** A {@link ReplyAction} name. */
    public static final String VAR_REPLY_ACTION = "replyAction";
    /** The reply's outcome class letter. */
    public static final String VAR_OUTCOME = "outcome";

    public static final String VAR_UNSATISFIED = "unsatisfied";
    public static final String VAR_REHANDLES = "rehandles";
    public static final String VAR_ESCALATED = "escalated";

    /** The department receives the proposal or asks to return it ({@code Gateway_Receipt}). */
    public enum Receipt {
        RECEIVE,
        RETURN
    }

    /** The office's ruling on a return request ({@code Gateway_Arbitration}). */
    public enum Arbitration {
        UPHOLD,
        REASSIGN
    }

    /** The department replies or asks for more time ({@code Gateway_ReplyAction}). */
    public enum ReplyAction {
        REPLY,
        EXTEND
    }

    /** Every value a condition of the diagram may compare a decision variable with; the role is the domain's. */
    public static final Map<String, Set<String>> DECISIONS = Map.of(
            VAR_RECEIPT, Decisions.names(Receipt.values()),
            VAR_ARBITRATION, Decisions.names(Arbitration.values()),
            VAR_REPLY_ACTION, Decisions.names(ReplyAction.values()),
            VAR_ROLE, Decisions.names(HandlingRole.values()));

    private DepartmentHandlingProcess() {}

    public static List<String> evaluators(Object variable) {
        return JsonList.strings(variable);
    }
}

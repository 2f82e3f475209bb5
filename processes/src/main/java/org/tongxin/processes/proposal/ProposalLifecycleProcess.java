package org.tongxin.processes.proposal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.tongxin.engine.proposal.AssignedHandling;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.variable.Decisions;
import org.tongxin.processes.variable.JsonList;

/** Descriptor of {@code proposal-lifecycle.bpmn}: its key, resource, element ids, variables and decision values. */
public final class ProposalLifecycleProcess {

    public static final String KEY = "proposal-lifecycle";
    public static final String RESOURCE = "processes/proposal-lifecycle.bpmn";

    public static final String TASK_CONFIRM_CO_SIGNATURE = "Task_ConfirmCoSignature";
    public static final String TASK_REVIEW_FILING = "Task_ReviewFiling";
    public static final String TASK_ASSIGN_DEPARTMENTS = "Task_AssignDepartments";
    /** The office records the committee's vote on how a key proposal was handled (票决评价). */
    public static final String TASK_RECORD_HANDLING_VOTE = "Task_RecordHandlingVote";

    public static final String GATEWAY_KEY_PROPOSAL_VOTE = "Gateway_KeyProposalVote";
    public static final String SUB_PROCESS_CO_SIGNING = "SubProcess_CoSigning";
    public static final String CALL_DEPARTMENT_HANDLING = "CallActivity_DepartmentHandling";
    public static final String TIMER_CO_SIGNING_DUE = "Timer_CoSigningDue";
    public static final String SERVICE_CLOSE_CO_SIGNING = "Service_CloseCoSigning";
    public static final String SERVICE_CLOSE_PROPOSAL = "Service_CloseProposal";
    public static final String SERVICE_FEEDBACK_TO_CLUES = "Service_FeedbackToClues";
    public static final String SERVICE_FEEDBACK_NOT_FILED = "Service_FeedbackNotFiled";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String END_NOT_FILED = "EndEvent_NotFiled";
    public static final String END_CONVERTED_TO_REPORT = "EndEvent_ConvertedToReport";

    public static final String VAR_PROPOSAL_ID = "proposalId";
    /** Whether co-signers must confirm first. */
    public static final String VAR_JOINT = "joint";
    /** Co-signers' user ids, a JSON list ({@link #coSigners(List)}). */
    public static final String VAR_CO_SIGNERS = "coSigners";
    /** One co-signer's user id, set by the confirmation's multi-instance. */
    public static final String VAR_CO_SIGNER = "coSigner";
    /** ISO date by which co-signers answer. */
    public static final String VAR_CO_SIGNING_DUE = "coSigningDue";
    /** The filing decision, a {@link Filing} name. */
    public static final String VAR_FILING = "filing";
    /** The assigned handlings, a JSON list of {@link HandlingRef} ({@link #handlings(List)}). */
    public static final String VAR_HANDLINGS = "handlings";
    /** How many co-handlers' opinions a lead waits for. */
    public static final String VAR_CO_HANDLER_COUNT = "coHandlerCount";
    /** Who evaluates replies (proposer and confirmed co-signers): user ids, a JSON list. */
    public static final String VAR_EVALUATORS = "evaluators";

    public static final String VAR_KEY_PROPOSAL = "keyProposal";
    /** A key proposal's supervising leader (user id), read off {@code KeyProposalDesignated}; null otherwise. */
    public static final String VAR_SUPERVISING_LEADER = "supervisingLeader";
    /** ISO date of assignment. */
    public static final String VAR_ASSIGNED_ON = "assignedOn";
    /** Source clues of the proposal for the feedback fan-out: clue ids, a JSON list. */
    public static final String VAR_SOURCE_CLUES = "sourceClues";
    /** The result told to every source clue. */
    public static final String VAR_FEEDBACK = "feedback";
    /** The feedback as a message key and arguments (JSON), so a citizen can read it in another language. */
    public static final String VAR_FEEDBACK_PHRASE = "feedbackPhrase";

    /** The office's filing decision ({@code Gateway_Filing}). */
    public enum Filing {
        FILE,
        NOT_FILE,
        CONVERT
    }

    /** Every value a condition of the diagram may compare a decision variable with. */
    public static final Map<String, Set<String>> DECISIONS = Map.of(VAR_FILING, Decisions.names(Filing.values()));

    private ProposalLifecycleProcess() {}

    public static ObjectValue coSigners(List<String> userIds) {
        return JsonList.of(userIds);
    }

    public static List<String> coSigners(Object variable) {
        return JsonList.strings(variable);
    }

    public static ObjectValue evaluators(List<String> userIds) {
        return JsonList.of(userIds);
    }

    public static ObjectValue sourceClues(List<String> clueIds) {
        return JsonList.of(clueIds);
    }

    public static List<String> sourceClues(Object variable) {
        return JsonList.strings(variable);
    }

    /** The handlings of an assignment; co-handlers point at the lead's handling. */
    public static ObjectValue handlings(List<AssignedHandling> handlings) {
        String lead = handlings.stream()
                .filter(h -> h.role() == HandlingRole.LEAD)
                .map(AssignedHandling::handlingId)
                .findFirst()
                .orElse(null);
        return JsonList.of(handlings.stream()
                .map(h -> HandlingRef.of(h, h.role() == HandlingRole.CO ? lead : null))
                .toList());
    }

    public static List<HandlingRef> handlings(Object variable) {
        return JsonList.elements(variable, HandlingRef.class);
    }

    public static int coHandlerCount(List<AssignedHandling> handlings) {
        return (int) handlings.stream().filter(h -> h.role() == HandlingRole.CO).count();
    }
}

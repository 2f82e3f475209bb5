package org.tongxin.processes.proposal;

/** Descriptor of {@code proposal-lifecycle.bpmn}: its key, resource, element ids and variables. */
public final class ProposalLifecycleProcess {

    public static final String KEY = "proposal-lifecycle";
    public static final String RESOURCE = "processes/proposal-lifecycle.bpmn";

    public static final String TASK_CONFIRM_CO_SIGNATURE = "Task_ConfirmCoSignature";
    public static final String TASK_REVIEW_FILING = "Task_ReviewFiling";
    public static final String TASK_ASSIGN_DEPARTMENTS = "Task_AssignDepartments";
    public static final String CALL_DEPARTMENT_HANDLING = "CallActivity_DepartmentHandling";
    public static final String TIMER_CO_SIGNING_DUE = "Timer_CoSigningDue";

    public static final String VAR_PROPOSAL_ID = "proposalId";
    /** Whether co-signers must confirm first. */
    public static final String VAR_JOINT = "joint";
    /** Co-signers' user ids, comma-separated. */
    public static final String VAR_CO_SIGNERS = "coSigners";
    /** ISO date by which co-signers answer. */
    public static final String VAR_CO_SIGNING_DUE = "coSigningDue";
    /** Filing decision: FILE, NOT_FILE or CONVERT. */
    public static final String VAR_FILING = "filing";
    /** One {@link HandlingRefs} descriptor per assigned department, comma-separated. */
    public static final String VAR_HANDLINGS = "handlings";
    /** Who evaluates replies (proposer and confirmed co-signers), comma-separated user ids. */
    public static final String VAR_EVALUATORS = "evaluators";

    public static final String VAR_KEY_PROPOSAL = "keyProposal";
    /** ISO date of assignment. */
    public static final String VAR_ASSIGNED_ON = "assignedOn";
    /** Source clues of the proposal, comma-separated, for the feedback fan-out. */
    public static final String VAR_SOURCE_CLUES = "sourceClues";
    /** The result told to every source clue. */
    public static final String VAR_FEEDBACK = "feedback";
    /** The feedback as a message key and arguments (JSON), so a citizen can read it in another language. */
    public static final String VAR_FEEDBACK_PHRASE = "feedbackPhrase";

    private ProposalLifecycleProcess() {}
}

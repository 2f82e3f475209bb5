package org.tongxin.processes.clue;

/** Descriptor of {@code clue-triage.bpmn}: its key, resource, element ids, messages and variables. */
public final class ClueTriageProcess {

    public static final String KEY = "clue-triage";
    public static final String RESOURCE = "processes/clue-triage.bpmn";

    public static final String TASK_CLASSIFY = "Task_ClassifyClue";
    public static final String TASK_ADOPT = "Task_AdoptClue";
    public static final String TASK_DRAFT_PROPOSAL = "Task_DraftProposal";
    public static final String GATEWAY_ROUTE = "Gateway_Route";
    public static final String EVENT_TOPIC_CREATED = "Event_TopicCreated";
    public static final String EVENT_REPORT_CREATED = "Event_ReportCreated";

    /** Correlated when the clue's topic or report exists (the clue was converted). */
    public static final String MSG_CLUE_CONVERTED = "Msg_ClueConverted";

    /** The clue id; equal to the business key, kept as a variable for expressions. */
    public static final String VAR_CLUE_ID = "clueId";
    /** The classification's route, a {@code ClueRoute} name. */
    public static final String VAR_ROUTE = "route";
    /** The earlier clue a merged clue joins. */
    public static final String VAR_MERGE_INTO = "mergeInto";
    /** The member who adopted the clue, who drafts its proposal. */
    public static final String VAR_ADOPTER = "adopter";
    /** The proposal drafted from the clue. */
    public static final String VAR_PROPOSAL_ID = "proposalId";

    private ClueTriageProcess() {}
}

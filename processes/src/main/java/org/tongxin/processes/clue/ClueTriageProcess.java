package org.tongxin.processes.clue;

/** Descriptor of {@code clue-triage.bpmn}: its key, resource, element ids and variables. */
public final class ClueTriageProcess {

    public static final String KEY = "clue-triage";
    public static final String RESOURCE = "processes/clue-triage.bpmn";

    public static final String TASK_CLASSIFY = "Task_ClassifyClue";
    public static final String GATEWAY_ROUTE = "Gateway_Route";

    /** The clue id; equal to the business key, kept as a variable for expressions. */
    public static final String VAR_CLUE_ID = "clueId";
    /** The classification's route, a {@code ClueRoute} name. */
    public static final String VAR_ROUTE = "route";

    private ClueTriageProcess() {}
}

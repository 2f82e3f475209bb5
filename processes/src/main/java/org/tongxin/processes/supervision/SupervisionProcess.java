package org.tongxin.processes.supervision;

import java.util.Map;
import java.util.Set;

/**
 * Descriptor of {@code supervision.bpmn}: one instance per pool entry, its business key the entry's id. The main flow
 * forms the team, records activities until the office says there are no more, and closes the entry; every department
 * answer on a rectification item starts a verification in the event subprocess, with the item's handling id local to
 * it ({@link #VAR_RECTIFICATION_HANDLING_ID}), so several answers are verified side by side.
 */
public final class SupervisionProcess {

    public static final String KEY = "supervision";
    public static final String RESOURCE = "processes/supervision.bpmn";

    public static final String START_ENTRY_REGISTERED = "StartEvent_EntryRegistered";
    public static final String TASK_FORM_TEAM = "Task_FormTeam";
    public static final String TASK_RECORD_ACTIVITY = "Task_RecordActivity";
    public static final String GATEWAY_MORE_ACTIVITIES = "Gateway_MoreActivities";
    public static final String TASK_CLOSE_ENTRY = "Task_CloseEntry";
    public static final String END_ENTRY_CLOSED = "EndEvent_EntryClosed";
    public static final String SUBPROCESS_VERIFICATION = "SubProcess_Verification";
    public static final String START_RECTIFICATION_ANSWERED = "StartEvent_RectificationAnswered";
    public static final String TASK_VERIFY_RECTIFICATION = "Task_VerifyRectification";
    public static final String END_VERIFIED = "EndEvent_Verified";

    /** Starts the entry's process when it is filed. */
    public static final String MSG_ENTRY_REGISTERED = "Msg_SupervisionEntryRegistered";
    /** A department answered a rectification item: a verification starts. */
    public static final String MSG_RECTIFICATION_ANSWERED = "Msg_RectificationAnswered";

    /** The entry's id; equal to the business key, kept as a variable for expressions. */
    public static final String VAR_SUPERVISION_ID = "supervisionId";
    /** The item a correlation of {@link #MSG_RECTIFICATION_ANSWERED} is about; overwritten by the next one. */
    public static final String VAR_ANSWERED_HANDLING_ID = "answeredHandlingId";
    /** The item one verification is about, local to its subprocess instance. */
    public static final String VAR_RECTIFICATION_HANDLING_ID = "rectificationHandlingId";
    /** Whether the office records another activity. */
    public static final String VAR_MORE_ACTIVITIES = "moreActivities";

    /** The diagram compares no decision codes, only the boolean {@link #VAR_MORE_ACTIVITIES}. */
    public static final Map<String, Set<String>> DECISIONS = Map.of();

    private SupervisionProcess() {}
}

package org.tongxin.processes.clue;

import java.util.Map;
import java.util.Set;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.processes.variable.Decisions;

/** Descriptor of {@code clue-triage.bpmn}: its key, resource, element ids, messages, variables and decision values. */
public final class ClueTriageProcess {

    public static final String KEY = "clue-triage";
    public static final String RESOURCE = "processes/clue-triage.bpmn";

    public static final String TASK_CLASSIFY = "Task_ClassifyClue";
    public static final String TASK_ADOPT = "Task_AdoptClue";
    public static final String TASK_DRAFT_PROPOSAL = "Task_DraftProposal";
    public static final String GATEWAY_ROUTE = "Gateway_Route";
    public static final String EVENT_TOPIC_CREATED = "Event_TopicCreated";
    public static final String EVENT_REPORT_CREATED = "Event_ReportCreated";
    public static final String SERVICE_LINK_MERGED_CLUE = "Service_LinkMergedClue";
    public static final String END_PROPOSAL_DRAFTED = "EndEvent_ProposalDrafted";
    public static final String END_ROUTED_TO_CONSULTATION = "EndEvent_RoutedToConsultation";
    public static final String END_ROUTED_TO_OPINION_REPORT = "EndEvent_RoutedToOpinionReport";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String END_MERGED = "EndEvent_Merged";

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

    /** Every value a condition of the diagram may compare a decision variable with: the route is the domain's. */
    public static final Map<String, Set<String>> DECISIONS = Map.of(VAR_ROUTE, Decisions.names(ClueRoute.values()));

    private ClueTriageProcess() {}
}

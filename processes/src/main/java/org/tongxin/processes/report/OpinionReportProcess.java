package org.tongxin.processes.report;

import java.util.Map;
import java.util.Set;
import org.tongxin.engine.report.ReportReview;
import org.tongxin.processes.variable.Decisions;

/** Descriptor of {@code opinion-report.bpmn}: its key, resource, element ids, variables and decision values. */
public final class OpinionReportProcess {

    public static final String KEY = "opinion-report";
    public static final String RESOURCE = "processes/opinion-report.bpmn";

    public static final String START = "StartEvent_ReportSubmitted";
    public static final String TASK_REVIEW = "Task_ReviewReport";
    public static final String TASK_REVISE = "Task_ReviseReport";
    public static final String TIMER_REVIEW_REMINDER = "Timer_ReviewReminder";
    public static final String SERVICE_REMIND_REVIEW = "Service_RemindReview";
    public static final String GATEWAY_REVIEW = "Gateway_Review";
    public static final String END_ADOPTED = "EndEvent_Adopted";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String END_FORWARDED = "EndEvent_Forwarded";

    /** The report id; equal to the business key. */
    public static final String VAR_REPORT_ID = "reportId";
    /** The author, who revises a returned report. */
    public static final String VAR_AUTHOR = "author";
    /** The office's decision, a {@link ReportReview} name. */
    public static final String VAR_REVIEW = "review";
    /** The day the review is due (ISO date). */
    public static final String VAR_REVIEW_DUE = "reviewDue";
    /** The day the reviewer is reminded (ISO date). */
    public static final String VAR_REVIEW_REMIND_ON = "reviewRemindOn";

    /** Every value a condition of the diagram may compare a decision variable with. */
    public static final Map<String, Set<String>> DECISIONS = Map.of(VAR_REVIEW, Decisions.names(ReportReview.values()));

    private OpinionReportProcess() {}
}

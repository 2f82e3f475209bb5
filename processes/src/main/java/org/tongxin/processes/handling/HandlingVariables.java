package org.tongxin.processes.handling;

import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.engine.handling.CoHandlerOpinionsComplete;
import org.tongxin.engine.handling.ExtensionApproved;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingReassigned;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.RehandleStarted;
import org.tongxin.engine.handling.ReturnRejected;
import org.tongxin.engine.proposal.DepartmentReassigned;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.variable.JsonList;

/**
 * Reads the dates and ids the domain decided off its events into process variables, so timers and the next steps
 * follow the domain rather than computing anything twice.
 */
final class HandlingVariables {

    private HandlingVariables() {}

    static Map<String, Object> from(List<Object> events) {
        Map<String, Object> v = new HashMap<>();
        for (Object event : events) {
            if (event instanceof HandlingOpened e) {
                v.put(VAR_SOURCE_KIND, e.sourceKind().name());
                v.put(VAR_SOURCE_ID, e.sourceId());
                v.put(VAR_OPINIONS_COMPLETE, e.expectedOpinions() == 0);
                v.put(VAR_HAS_EVALUATORS, !e.evaluators().isEmpty());
                put(v, VAR_OPINIONS_DUE, e.opinionsDue());
                put(v, VAR_RETURN_WINDOW_ENDS, e.returnWindowEnds());
                put(v, VAR_PRE_CONTACT_DUE, e.preHandlingContactDue());
                put(v, VAR_CO_HANDLER_OPINION_DUE, e.coHandlerOpinionDue());
                put(v, VAR_REPLY_DUE, e.replyDue());
                put(v, VAR_REMINDER_ON, e.reminderOn());
            } else if (event instanceof ReturnRejected e) {
                put(v, VAR_PRE_CONTACT_DUE, e.preHandlingContactDue());
                put(v, VAR_CO_HANDLER_OPINION_DUE, e.coHandlerOpinionDue());
                put(v, VAR_REPLY_DUE, e.replyDue());
                put(v, VAR_REMINDER_ON, e.reminderOn());
            } else if (event instanceof HandlingReassigned e && e.role() == HandlingRole.LEAD) {
                v.put(
                        VAR_OPINIONS_CARRIED,
                        JsonList.of(e.opinionsReceivedFrom().stream()
                                .map(DepartmentCode::value)
                                .toList()));
            } else if (event instanceof DepartmentReassigned e) {
                v.put(VAR_HANDLING_ID, e.newHandlingId());
                v.put(VAR_DEPARTMENT, e.toDepartment().value());
                v.put(VAR_ASSIGNED_ON, e.reassignedOn().toString());
            } else if (event instanceof ExtensionApproved e) {
                put(v, VAR_REPLY_DUE, e.replyDue());
                put(v, VAR_REMINDER_ON, e.reminderOn());
            } else if (event instanceof HandlingReplied e) {
                put(v, VAR_EVALUATION_WINDOW_ENDS, e.evaluationWindowEnds());
                if (e.outcome() != null) {
                    v.put(VAR_OUTCOME, e.outcome().name());
                }
                v.put(VAR_UNSATISFIED, false);
            } else if (event instanceof CoHandlerOpinionsComplete) {
                v.put(VAR_OPINIONS_COMPLETE, true);
            } else if (event instanceof RehandleStarted e) {
                put(v, VAR_REPLY_DUE, e.replyDue());
                put(v, VAR_REMINDER_ON, e.reminderOn());
                v.put(VAR_UNSATISFIED, false);
            }
        }
        return v;
    }

    private static void put(Map<String, Object> variables, String name, LocalDate date) {
        if (date != null) {
            variables.put(name, date.toString());
        }
    }
}

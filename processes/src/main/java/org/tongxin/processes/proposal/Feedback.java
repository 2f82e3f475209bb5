package org.tongxin.processes.proposal;

import java.util.stream.Collectors;
import org.tongxin.engine.proposal.DepartmentOutcome;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.processes.task.EnumLabels;

/** What a clue's submitter is told (反馈): plain words, the outcome, no internal notes and no personal data. */
final class Feedback {

    private Feedback() {}

    static String closed(ProposalClosed closed) {
        if (closed.outcomes().isEmpty()) {
            return "您反映的问题已形成提案并办结。";
        }
        String outcomes = closed.outcomes().stream().map(Feedback::outcome).collect(Collectors.joining("；"));
        return "您反映的问题已形成提案并办结。承办单位答复：" + outcomes + "。";
    }

    static String notFiled(ProposalNotFiled notFiled) {
        String ground = EnumLabels.of(notFiled.ground()).zh();
        String forwarded = notFiled.forwardedTo() == null ? "" : "，已转" + notFiled.forwardedTo() + "参考";
        return "您反映的问题形成的提案未予立案（" + ground + "）" + forwarded + "。";
    }

    private static String outcome(DepartmentOutcome o) {
        return o.department().value() + " " + EnumLabels.of(toHandlingClass(o)).zh()
                + (o.escalatedToSupervision() ? "，已转入民主监督" : "");
    }

    private static org.tongxin.engine.handling.OutcomeClass toHandlingClass(DepartmentOutcome o) {
        return org.tongxin.engine.handling.OutcomeClass.valueOf(o.outcomeClass().name());
    }
}

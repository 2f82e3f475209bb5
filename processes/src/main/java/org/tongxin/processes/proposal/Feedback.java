package org.tongxin.processes.proposal;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.DepartmentOutcome;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.processes.task.EnumLabels;

/** What a clue's submitter is told (反馈): plain words, the outcome, no internal notes and no personal data. */
@Component
class Feedback {

    private final DepartmentNames departments;

    Feedback(DepartmentNames departments) {
        this.departments = departments;
    }

    String closed(ProposalClosed closed) {
        if (closed.outcomes().isEmpty()) {
            return "您反映的问题已形成提案并办结。";
        }
        String outcomes = closed.outcomes().stream().map(this::outcome).collect(Collectors.joining("；"));
        return "您反映的问题已形成提案并办结。承办单位答复：" + outcomes + "。";
    }

    static String notFiled(ProposalNotFiled notFiled) {
        String ground = EnumLabels.of(notFiled.ground()).zh();
        String forwarded = notFiled.forwardedTo() == null ? "" : "，已转" + notFiled.forwardedTo() + "参考";
        return "您反映的问题形成的提案未予立案（" + ground + "）" + forwarded + "。";
    }

    private String outcome(DepartmentOutcome o) {
        return departments.nameOf(o.department()) + " "
                + EnumLabels.of(org.tongxin.engine.handling.OutcomeClass.valueOf(
                                o.outcomeClass().name()))
                        .zh()
                + (o.escalatedToSupervision() ? "，已转入民主监督" : "");
    }
}

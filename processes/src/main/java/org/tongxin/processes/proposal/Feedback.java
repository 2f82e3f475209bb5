package org.tongxin.processes.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.DepartmentOutcome;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalMerged;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.processes.task.EnumLabels;

/** What a clue's submitter is told (反馈): plain words, the outcome, no internal notes and no personal data. */
@Component
class Feedback {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final DepartmentNames departments;

    Feedback(DepartmentNames departments) {
        this.departments = departments;
    }

    /** The same feedback as {@link #closed} as a message key and arguments, for a reader of another language. */
    static Phrase closedPhrase(ProposalClosed closed) {
        if (closed.outcomes().isEmpty()) {
            return Phrase.of("feedback.closed");
        }
        return Phrase.of(
                "feedback.closed.outcomes",
                Phrase.list(closed.outcomes().stream()
                        .map(o -> Phrase.of(
                                o.escalatedToSupervision() ? "feedback.outcome.escalated" : "feedback.outcome",
                                Phrase.code("dept.", o.department().value()),
                                Phrase.code("outcome.", o.outcomeClass())))
                        .toList()));
    }

    static Phrase notFiledPhrase(ProposalNotFiled notFiled) {
        Phrase ground = Phrase.code("proposal.notFiledGround.", notFiled.ground());
        return notFiled.forwardedTo() == null
                ? Phrase.of("feedback.notFiled", ground)
                : Phrase.of("feedback.notFiled.forwarded", ground, notFiled.forwardedTo());
    }

    /** The merged proposal's feedback (并案): the target by its filing number when it has one, else by its title. */
    static Phrase mergedPhrase(ProposalMerged merged, boolean numbered) {
        return Phrase.of(numbered ? "feedback.merged.number" : "feedback.merged.title", merged.intoLabel());
    }

    static String merged(ProposalMerged merged, boolean numbered) {
        return numbered ? "您的提案已并入第" + merged.intoLabel() + "号提案办理。" : "您的提案已并入《" + merged.intoLabel() + "》提案办理。";
    }

    /** A phrase as a process variable: JSON text, since process variables hold no serialized objects. */
    static String json(Phrase phrase) {
        try {
            return JSON.writeValueAsString(phrase);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a feedback phrase", e);
        }
    }

    /** The phrase of a process variable; null for a process that closed before phrases were kept. */
    static Phrase phrase(Object json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json.toString(), Phrase.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a feedback phrase", e);
        }
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
                + EnumLabels.of(org.tongxin.engine.shared.OutcomeClass.valueOf(
                                o.outcomeClass().name()))
                        .zh()
                + (o.escalatedToSupervision() ? "，已转入民主监督" : "");
    }
}

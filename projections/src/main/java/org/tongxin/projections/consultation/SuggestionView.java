package org.tongxin.projections.consultation;

import java.util.List;
import java.util.function.UnaryOperator;

/** An itemized suggestion, its departments, and each department's handling and answer once transferred. */
public record SuggestionView(
        int number, String text, List<String> departments, Integer fromOpinion, List<AnswerView> answers) {

    public SuggestionView {
        departments = List.copyOf(departments);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    SuggestionView withAnswers(List<AnswerView> newAnswers) {
        return new SuggestionView(number, text, departments, fromOpinion, newAnswers);
    }

    SuggestionView mapAnswer(String handlingId, UnaryOperator<AnswerView> change) {
        return withAnswers(answers.stream()
                .map(a -> a.handlingId().equals(handlingId) ? change.apply(a) : a)
                .toList());
    }

    /** OPEN (none transferred yet or some unanswered), OVERDUE (an unanswered one past due) or ANSWERED. */
    public String state() {
        if (!answers.isEmpty() && answers.stream().allMatch(AnswerView::answered)) {
            return "ANSWERED";
        }
        return answers.stream().anyMatch(AnswerView::overdue) ? "OVERDUE" : "OPEN";
    }
}

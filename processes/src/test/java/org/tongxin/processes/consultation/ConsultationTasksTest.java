package org.tongxin.processes.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.consultation.ItemizeSuggestion;
import org.tongxin.engine.consultation.TopicMother;
import org.tongxin.engine.consultation.TransferSuggestions;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;
import org.tongxin.processes.task.TaskContext;
import org.tongxin.processes.task.TaskType;

/** The itemize form as people fill it: the last suggestion comes with the transfer, in one completion. */
class ConsultationTasksTest {

    private static final References AS_ENTERED = (kind, entered) -> Optional.of(entered);
    private static final TaskContext STAFF =
            new TaskContext("task-1", TopicMother.TOPIC.value(), Map.of(), TopicMother.STAFF);

    private final TaskType itemize = new ConsultationTasks(TopicMother.CLOCK)
            .taskTypes().stream()
                    .filter(t -> t.key().equals(ConsultationProcess.TASK_ITEMIZE))
                    .findFirst()
                    .orElseThrow();

    @Test
    void theSuggestionFieldsAreNeverHiddenBehindTheNextStep() {
        assertThat(itemize.form().fields())
                .allSatisfy(f -> assertThat(f.requiredWhen()).isNull());
    }

    @Test
    void theLastSuggestionIsItemizedWithTheTransfer() {
        var values = itemize.form()
                .validate(Map.of("text", "建设人行天桥", "departments", "transport", "next", "TRANSFER"), AS_ENTERED);

        var commands = itemize.command().toCommand(STAFF, values).commands();

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).isInstanceOf(ItemizeSuggestion.class);
        assertThat(commands.get(1)).isInstanceOf(TransferSuggestions.class);
    }

    @Test
    void anotherSuggestionNeedsItsTextAndATextNeedsItsDepartments() {
        var noText = itemize.form().validate(Map.of("next", "ANOTHER"), AS_ENTERED);
        assertThatThrownBy(() -> itemize.command().toCommand(STAFF, noText))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("text"));
        var noDepartment = itemize.form().validate(Map.of("text", "建设人行天桥", "next", "TRANSFER"), AS_ENTERED);
        assertThatThrownBy(() -> itemize.command().toCommand(STAFF, noDepartment))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("departments"));
    }
}

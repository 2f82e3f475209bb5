package org.tongxin.infra.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.Label;

class TaskFormTest {

    private static final org.tongxin.processes.task.References NO_REFERENCES =
            (kind, entered) -> java.util.Optional.empty();

    private static final FormDefinition FORM = FormDefinition.of(
            FormField.choice(
                    "route",
                    new Label("处理方式", "Route"),
                    true,
                    List.of(
                            new Choice("PUBLISH", new Label("发布", "Publish")),
                            new Choice("DECLINE", new Label("不予采用", "Decline")))),
            FormField.text("ground", new Label("理由", "Ground"), false, 10).requiredWhen("route", "DECLINE"),
            FormField.date("on", new Label("日期", "On"), false),
            new FormField("count", FieldType.NUMBER, new Label("数量", "Count"), false, null, List.of(), null),
            new FormField("key", FieldType.BOOLEAN, new Label("重点", "Key"), false, null, List.of(), null));

    @Test
    void htmlStringsBecomeTheTypedBodyTheDefinitionValidates() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("_csrf", "token");
        params.add("route", "PUBLISH");
        params.add("ground", "");
        params.add("on", "2026-11-21");
        params.add("count", "3");
        params.add("key", "true");

        Map<String, Object> body = TaskForm.body(FORM, TaskForm.submitted(FORM, params));

        assertThat(body)
                .containsEntry("route", "PUBLISH")
                .containsEntry("on", "2026-11-21")
                .containsEntry("count", 3L)
                .containsEntry("key", true)
                .doesNotContainKeys("_csrf", "ground");
        assertThat(FORM.validate(body, NO_REFERENCES).values()).containsEntry("count", 3L);
    }

    @Test
    void anUncheckedBoxIsFalseAndAnEmptySelectIsMissing() {
        Map<String, Object> body = TaskForm.body(FORM, Map.of("route", ""));

        assertThat(body).containsEntry("key", false).doesNotContainKey("route");
        assertThatThrownBy(() -> FORM.validate(body, NO_REFERENCES))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("route")));
    }

    @Test
    void aNumberThatDoesNotParseIsLeftForTheDefinitionToRefuse() {
        Map<String, Object> body = TaskForm.body(FORM, Map.of("route", "DECLINE", "count", "drei"));

        assertThatThrownBy(() -> FORM.validate(body, NO_REFERENCES))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("count", "ground"));
    }
}

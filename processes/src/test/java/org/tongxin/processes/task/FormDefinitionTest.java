package org.tongxin.processes.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    private final FormDefinition form = FormDefinition.of(
            FormField.text("category", new Label("类别", "Category"), true, 5),
            FormField.choice(
                    "route",
                    new Label("处理方式", "Route"),
                    true,
                    List.of(
                            new Choice("PUBLISH", new Label("发布", "Publish")),
                            new Choice("DECLINE", new Label("不予采用", "Decline")))),
            FormField.text("reason", new Label("理由", "Reason"), false, 50).requiredWhen("route", "DECLINE"));

    @Test
    void aValidBodyIsNormalised() {
        FormValues values = form.validate(Map.of("category", "  交通 ", "route", "PUBLISH", "reason", "   "));
        assertThat(values.values()).containsOnly(Map.entry("category", "交通"), Map.entry("route", "PUBLISH"));
    }

    @Test
    void everyBrokenFieldIsNamed() {
        assertThatThrownBy(() -> form.validate(Map.of("category", "一二三四五六", "route", "ELSEWHERE", "extra", 1)))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("extra", "category", "route"));
    }

    @Test
    void aConditionalFieldIsRequiredOnlyWhenItsConditionHolds() {
        assertThatThrownBy(() -> form.validate(Map.of("category", "信访", "route", "DECLINE")))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("reason", "is required")));
        assertThat(form.validate(Map.of("category", "信访", "route", "DECLINE", "reason", "转信访局"))
                        .text("reason"))
                .isEqualTo("转信访局");
    }

    @Test
    void textMustBeText() {
        assertThatThrownBy(() -> form.validate(Map.of("category", 42, "route", "PUBLISH")))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("category", "must be text")));
    }
}

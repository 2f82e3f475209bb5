package org.tongxin.processes.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    private static final org.tongxin.processes.task.References NO_REFERENCES =
            (kind, entered) -> java.util.Optional.empty();

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
        FormValues values =
                form.validate(Map.of("category", "  交通 ", "route", "PUBLISH", "reason", "   "), NO_REFERENCES);
        assertThat(values.values()).containsOnly(Map.entry("category", "交通"), Map.entry("route", "PUBLISH"));
    }

    @Test
    void everyBrokenFieldIsNamed() {
        assertThatThrownBy(() ->
                        form.validate(Map.of("category", "一二三四五六", "route", "ELSEWHERE", "extra", 1), NO_REFERENCES))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("extra", "category", "route"));
    }

    @Test
    void aConditionalFieldIsRequiredOnlyWhenItsConditionHolds() {
        assertThatThrownBy(() -> form.validate(Map.of("category", "信访", "route", "DECLINE"), NO_REFERENCES))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("reason", "is required")));
        assertThat(form.validate(Map.of("category", "信访", "route", "DECLINE", "reason", "转信访局"), NO_REFERENCES)
                        .text("reason"))
                .isEqualTo("转信访局");
    }

    @Test
    void textMustBeText() {
        assertThatThrownBy(() -> form.validate(Map.of("category", 42, "route", "PUBLISH"), NO_REFERENCES))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("category", "must be text")));
    }

    /** A directory of two departments, known by code and by name, and one member. */
    private static final References DIRECTORY = (kind, entered) -> switch (kind) {
        case DEPARTMENT -> switch (entered) {
            case "transport", "交通运输局" -> java.util.Optional.of("transport");
            case "education", "教育局" -> java.util.Optional.of("education");
            default -> java.util.Optional.empty();
        };
        case MEMBER -> "member2".equals(entered) || "李委员".equals(entered)
                ? java.util.Optional.of("member2")
                : java.util.Optional.empty();
        default -> java.util.Optional.empty();
    };

    private final FormDefinition assignment = FormDefinition.of(
            FormField.reference("lead", FieldType.DEPARTMENT, new Label("主办单位", "Lead"), true),
            FormField.reference("coHandlers", FieldType.DEPARTMENT, new Label("协办单位", "Co-handlers"), false)
                    .multiple(400),
            FormField.reference("coSigners", FieldType.MEMBER, new Label("联名委员", "Co-signers"), false)
                    .multiple(400));

    @Test
    void referencesAreResolvedFromCodesAndNamesToIds() {
        FormValues values = assignment.validate(
                Map.of("lead", "交通运输局", "coHandlers", "教育局， transport", "coSigners", "李委员"), DIRECTORY);

        assertThat(values.text("lead")).isEqualTo("transport");
        assertThat(values.text("coHandlers")).isEqualTo("education,transport");
        assertThat(values.text("coSigners")).isEqualTo("member2");
    }

    @Test
    void aReferenceToNothingIsRefusedNamingTheField() {
        assertThatThrownBy(() -> assignment.validate(Map.of("lead", "transprt"), DIRECTORY))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("lead", "unknown department: transprt")));
        assertThatThrownBy(() ->
                        assignment.validate(Map.of("lead", "transport", "coSigners", "member2, nobody123"), DIRECTORY))
                .isInstanceOfSatisfying(FormRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("coSigners", "unknown member: nobody123")));
    }

    @Test
    void onlyAReferenceFieldTakesSeveralValues() {
        assertThatThrownBy(() ->
                        FormField.text("x", new Label("x", "x"), false, 10).multiple(20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

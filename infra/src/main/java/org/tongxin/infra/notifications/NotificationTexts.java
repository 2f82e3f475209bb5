package org.tongxin.infra.notifications;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeRegistry;

/**
 * A notification in words, in the reader's language: a heading for its kind and a sentence naming the case by its
 * number and title ({@link CaseNames}), a task by its name, a department by its name, a date as a date. Outgoing
 * channels render it at delivery time, in Chinese, when the case's read model surely exists.
 */
@Component
class NotificationTexts {

    /**
     * What a person reads; {@code named} is false while the case's read model does not know the case yet (it is
     * written asynchronously, moments after the cause).
     */
    record Text(String heading, String sentence, boolean named) {}

    private final Messages messages;
    private final CaseNames cases;
    private final TaskTypeRegistry tasks;
    private final UiFormat format;

    NotificationTexts(Messages messages, CaseNames cases, TaskTypeRegistry tasks, UiFormat format) {
        this.messages = messages;
        this.cases = cases;
        this.tasks = tasks;
        this.format = format;
    }

    Text render(NotificationKind kind, String subjectKey, String detail) {
        String subject = cases.label(subjectKey);
        if (kind == NotificationKind.TASK_DUE) {
            String[] task = TaskDueReminders.parts(detail);
            return new Text(
                    messages.get("notify.kind." + kind.name()),
                    messages.get("notify.text." + kind.name(), subject, taskName(task[0], subjectKey), task[1]),
                    !subject.startsWith(messages.get("case.unnamed")));
        }
        String what =
                switch (kind) {
                    case TASK_NEW, TASK_ASSIGNED, CLUE_PUBLISHED -> taskName(detail, subjectKey);
                    case REPLY_ARRIVED -> format.department(detail);
                    default -> detail == null ? "" : detail;
                };
        return new Text(
                messages.get("notify.kind." + kind.name()),
                messages.get("notify.text." + kind.name(), subject, what),
                !subject.startsWith(messages.get("case.unnamed")));
    }

    /** The same text in Chinese, whatever the current thread's locale, for e-mails and robots. */
    Text inChinese(NotificationKind kind, String subjectKey, String detail) {
        return inLocale(Locale.SIMPLIFIED_CHINESE, () -> render(kind, subjectKey, detail));
    }

    private String taskName(String taskKey, String businessKey) {
        if (taskKey == null) {
            return "";
        }
        Object variant = businessKey != null && HandlingId.isHandlingId(businessKey)
                ? new HandlingId(businessKey).sourceKind().name()
                : null;
        return tasks.find(taskKey, variant)
                .map(TaskType::name)
                .map(format::label)
                .orElseGet(() -> messages.get("notify.task.unnamed"));
    }

    private static <T> T inLocale(Locale locale, Supplier<T> work) {
        Locale before = LocaleContextHolder.getLocale();
        boolean had = LocaleContextHolder.getLocaleContext() != null;
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            if (had) {
                LocaleContextHolder.setLocale(before);
            } else {
                LocaleContextHolder.resetLocaleContext();
            }
        }
    }
}

package org.tongxin.infra.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.NotFound;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;

/**
 * 通知 (/notifications): my notifications, unread first, each opening the item it names (and so read); all marked
 * read at once; my wishes (e-mail address, e-mail or not, kinds to hear). The office also sees the delivery record.
 */
@Controller
class NotificationPages {

    private static final int SHOWN = 100;
    private static final Set<Role> OFFICE = Set.of(Role.STAFF, Role.ADMIN);

    private final NotificationViews views;
    private final NotificationInbox inbox;
    private final PreferenceForm preferences;
    private final CurrentUser currentUser;
    private final Messages messages;

    NotificationPages(
            NotificationViews views,
            NotificationInbox inbox,
            PreferenceForm preferences,
            CurrentUser currentUser,
            Messages messages) {
        this.views = views;
        this.inbox = inbox;
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String page(Model model) {
        Preferences.Preference p = preferences.of(currentUser.get().username());
        return render(p.email(), p.byEmail(), p.muted(), String.valueOf(p.dueSoonDays()), Map.of(), model);
    }

    /** Opens what the notification names, marking it read. */
    @PostMapping("/notifications/{id}/read")
    String open(@PathVariable UUID id) {
        String link =
                inbox.markRead(currentUser.get().username(), id).orElseThrow(() -> new NotFound("notification " + id));
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        inbox.markAllRead(currentUser.get().username());
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String save(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean byEmail,
            @RequestParam(defaultValue = "") List<String> kinds,
            @RequestParam(defaultValue = "") String dueSoonDays,
            Model model,
            HttpServletResponse response) {
        Set<NotificationKind> heard = EnumSet.noneOf(NotificationKind.class);
        for (String kind : kinds) {
            Arrays.stream(NotificationKind.values())
                    .filter(k -> k.name().equals(kind))
                    .forEach(heard::add);
        }
        // the form lists the kinds heard; every other kind is muted (a citizen's kind is not a person's to choose)
        Set<NotificationKind> muted = EnumSet.allOf(NotificationKind.class);
        muted.removeAll(heard);
        muted.remove(NotificationKind.TRACKING_CHANGED);
        try {
            preferences.save(currentUser.get().username(), email, byEmail, muted, days(dueSoonDays));
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.get("notify.error." + error.field()));
            }
            return render(email, byEmail, muted, dueSoonDays, errors, model);
        }
        return "redirect:/notifications?saved=1";
    }

    /** The number typed; anything else is a wrong number, told beside the field (null keeps the current choice). */
    private static Integer days(String typed) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 3 || !value.chars().allMatch(Character::isDigit)) {
            throw new FormRejected(List.of(new FieldError("dueSoonDays", "must be a whole number of working days")));
        }
        return Integer.valueOf(value);
    }

    private String render(
            String email,
            boolean byEmail,
            Set<NotificationKind> muted,
            String dueSoonDays,
            Map<String, String> errors,
            Model model) {
        TongxinUser me = currentUser.get();
        model.addAttribute("items", views.of(me.username(), SHOWN));
        model.addAttribute("unread", inbox.unread(me.username()));
        model.addAttribute("email", email);
        model.addAttribute("byEmail", byEmail);
        model.addAttribute("dueSoonDays", dueSoonDays);
        model.addAttribute("muted", muted);
        model.addAttribute(
                "kinds",
                Arrays.stream(NotificationKind.values())
                        .filter(k -> k != NotificationKind.TRACKING_CHANGED)
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("office", OFFICE.contains(me.role()));
        model.addAttribute("deliveries", OFFICE.contains(me.role()) ? inbox.deliveries(SHOWN) : List.of());
        return "notifications";
    }
}

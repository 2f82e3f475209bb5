package org.tongxin.infra.notifications;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;

/** The signed-in user's notifications and wishes; the office's record of every delivery. */
@RestController
@RequestMapping("/api/notifications")
@Validated
class NotificationController {

    record Page(int unread, List<NotificationItem> items) {}

    /** {@code dueSoonDays}: working days before a task's due date to hear of it (1–20; left out keeps the choice). */
    record PreferencesBody(String email, Boolean byEmail, Set<NotificationKind> muted, Integer dueSoonDays) {}

    private final NotificationInbox inbox;
    private final NotificationViews views;
    private final PreferenceForm preferences;
    private final CurrentUser currentUser;

    NotificationController(
            NotificationInbox inbox, NotificationViews views, PreferenceForm preferences, CurrentUser currentUser) {
        this.inbox = inbox;
        this.views = views;
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "My notifications, unread first then newest first, with the unread count")
    Page mine(@RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        String me = currentUser.get().username();
        return new Page(inbox.unread(me), views.of(me, size));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        inbox.markRead(currentUser.get().username(), id).orElseThrow(() -> new NotFound("notification " + id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    ResponseEntity<Void> readAll() {
        inbox.markAllRead(currentUser.get().username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/preferences")
    @Operation(
            summary =
                    "My notification wishes: the e-mail address, whether to send e-mail, the kinds muted, how many working"
                            + " days before a due date to hear of a task")
    PreferencesBody preferences() {
        Preferences.Preference p = preferences.of(currentUser.get().username());
        return new PreferencesBody(p.email(), p.byEmail(), p.muted(), p.dueSoonDays());
    }

    @PutMapping("/preferences")
    @Operation(
            summary = "Change my notification wishes; a malformed e-mail address or a number of days outside 1–20 is"
                    + " refused naming the field")
    PreferencesBody changePreferences(@RequestBody PreferencesBody body) {
        Preferences.Preference p = preferences.save(
                currentUser.get().username(),
                body.email(),
                body.byEmail() == null || body.byEmail(),
                body.muted() == null ? Set.of() : body.muted(),
                body.dueSoonDays());
        return new PreferencesBody(p.email(), p.byEmail(), p.muted(), p.dueSoonDays());
    }

    @GetMapping("/deliveries")
    @Operation(
            summary = "Every delivery by e-mail or robot, newest first: to whom, what, when, delivered or the error"
                    + " (office, administrator)")
    List<NotificationInbox.Delivery> deliveries(
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Access.require(currentUser.get(), Set.of(Role.STAFF, Role.ADMIN));
        return inbox.deliveries(size);
    }
}

package org.tongxin.infra.notifications;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;

/** Checks and saves a person's wishes: an e-mail address must look like one (or be left empty). */
@Component
class PreferenceForm {

    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Preferences preferences;

    PreferenceForm(Preferences preferences) {
        this.preferences = preferences;
    }

    static boolean isEmail(String address) {
        return address.length() <= MAX_EMAIL && EMAIL.matcher(address).matches();
    }

    Preferences.Preference of(String username) {
        return preferences.of(username);
    }

    Preferences.Preference save(String username, String email, boolean byEmail, Set<NotificationKind> muted) {
        return save(username, email, byEmail, muted, null);
    }

    /** {@code dueSoonDays} null keeps the person's current choice (three working days when they made none). */
    Preferences.Preference save(
            String username, String email, boolean byEmail, Set<NotificationKind> muted, Integer dueSoonDays) {
        String address = email == null ? null : email.strip();
        if (address != null && address.isEmpty()) {
            address = null;
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (address != null
                && (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches())) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        if (dueSoonDays != null
                && (dueSoonDays < Preferences.Preference.DUE_SOON_MIN
                        || dueSoonDays > Preferences.Preference.DUE_SOON_MAX)) {
            errors.add(new FieldError(
                    "dueSoonDays",
                    "must be between " + Preferences.Preference.DUE_SOON_MIN + " and "
                            + Preferences.Preference.DUE_SOON_MAX + " working days"));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        int days = dueSoonDays != null ? dueSoonDays : preferences.of(username).dueSoonDays();
        Preferences.Preference p = new Preferences.Preference(address, byEmail, muted, days);
        preferences.save(username, p);
        return p;
    }
}

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
        String address = email == null ? null : email.strip();
        if (address != null && address.isEmpty()) {
            address = null;
        }
        if (address != null
                && (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches())) {
            throw new FormRejected(List.of(new FieldError("email", "must be an e-mail address")));
        }
        Preferences.Preference p = new Preferences.Preference(address, byEmail, muted);
        preferences.save(username, p);
        return p;
    }
}

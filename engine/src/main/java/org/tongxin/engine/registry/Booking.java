package org.tongxin.engine.registry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.tongxin.engine.shared.RuleViolation;

/**
 * A citizen's booking of a duty slot (预约): the shift's day on one date. Checked against the slot as it stands, read
 * under a lock on the shift so two bookings of the last place cannot both pass.
 */
public final class Booking {

    private Booking() {}

    /** Name, phone and consent, as the public form asks: a booking is a request to be received, so contact is needed. */
    public static void checkContact(String name, String phone, boolean consent) {
        if (name == null || name.isBlank() || phone == null || phone.isBlank() || !consent) {
            throw new RuleViolation(RegistryRule.BOOKING_CONTACT);
        }
    }

    /**
     * The slot is on the shift's weekday, has not started yet at {@code now}, and lies within {@code windowDays}
     * ahead.
     */
    public static void checkWhen(
            DayOfWeek shiftDay, LocalTime shiftStart, LocalDate slot, LocalDateTime now, int windowDays) {
        if (slot.getDayOfWeek() != shiftDay
                || !slot.atTime(shiftStart).isAfter(now)
                || slot.isAfter(now.toLocalDate().plusDays(windowDays))) {
            throw new RuleViolation(RegistryRule.BOOKING_NOT_AHEAD);
        }
    }

    /** A place is left and this phone does not hold one of them already. */
    public static void checkPlace(int booked, int capacity, boolean samePhoneBooked) {
        if (samePhoneBooked) {
            throw new RuleViolation(RegistryRule.BOOKING_TWICE);
        }
        if (booked >= capacity) {
            throw new RuleViolation(RegistryRule.BOOKING_FULL);
        }
    }
}

package org.tongxin.engine.registry;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import org.tongxin.engine.shared.RuleViolation;

/**
 * One line of a workstation's weekly rota (委员每周轮流坐值): on {@code day}, from {@code start} to {@code end}, {@code
 * member} is on duty and receives up to {@code capacity} booked visitors.
 */
public record DutyShift(DayOfWeek day, LocalTime start, LocalTime end, String member, int capacity) {

    public static final int CAPACITY_MAX = 50;

    public DutyShift {
        Objects.requireNonNull(day, "day");
        if (start == null || end == null || !end.isAfter(start)) {
            throw new RuleViolation(RegistryRule.SHIFT_TIMES);
        }
        if (capacity < 1 || capacity > CAPACITY_MAX) {
            throw new RuleViolation(RegistryRule.SHIFT_CAPACITY);
        }
    }

    /** The member on duty must be one of the workstation's members. */
    public void heldBy(Set<String> attachedMembers) {
        checkAttached(member, attachedMembers);
    }

    /** A member receives people at a station only as one of its members, on a shift or not. */
    public static void checkAttached(String member, Set<String> attachedMembers) {
        if (member == null || !attachedMembers.contains(member)) {
            throw new RuleViolation(RegistryRule.SHIFT_MEMBER_NOT_ATTACHED);
        }
    }
}

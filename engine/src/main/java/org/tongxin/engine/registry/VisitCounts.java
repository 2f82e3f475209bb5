package org.tongxin.engine.registry;

import java.time.LocalDate;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/**
 * What a reception (接待) at a workstation yielded, as the seed reports count it: people received, problems collected,
 * problems resolved on the spot.
 */
public record VisitCounts(int peopleReceived, int problemsCollected, int resolvedOnSpot) {

    public VisitCounts {
        if (peopleReceived < 0 || problemsCollected < 0 || resolvedOnSpot < 0 || resolvedOnSpot > problemsCollected) {
            throw new RuleViolation(RegistryRule.VISIT_COUNTS);
        }
    }

    /** The member on duty logs their own reception; the office logs anyone's. Nobody logs a day still to come. */
    public static void checkLogging(ActorRef by, String memberOnDuty, LocalDate visitDate, LocalDate today) {
        boolean onDuty = by.role() == Role.MEMBER && by.userId().equals(memberOnDuty);
        if (!onDuty && !by.hasRole(Role.STAFF, Role.ADMIN)) {
            throw new RuleViolation(RegistryRule.VISIT_NOT_ON_DUTY);
        }
        if (visitDate.isAfter(today)) {
            throw new RuleViolation(RegistryRule.VISIT_IN_FUTURE);
        }
    }
}

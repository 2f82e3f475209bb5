package org.tongxin.engine.registry;

import org.tongxin.engine.shared.RuleCode;

/** The rules the registry enforces. */
public enum RegistryRule implements RuleCode {
    CODE_MALFORMED(
            "REGISTRY-STATION-001",
            Kind.INPUT,
            "a workstation code is 2 to 32 capital letters, digits or hyphens, starting with a letter"),
    NAME_REQUIRED("REGISTRY-STATION-002", Kind.INPUT, "a workstation needs a name of at most 100 characters"),
    CONTACT_POINT_ON_SECTOR_GROUP_ONLY(
            "REGISTRY-STATION-003", Kind.INPUT, "contact points (界别群众联系点) belong to a sector group"),
    MEMBER_NOT_A_MEMBER("REGISTRY-STATION-004", Kind.INPUT, "only a member's account can be attached to a workstation"),
    SHIFT_TIMES("REGISTRY-SHIFT-001", Kind.INPUT, "a duty shift ends after it starts"),
    SHIFT_MEMBER_NOT_ATTACHED("REGISTRY-SHIFT-002", Kind.INPUT, "the member on duty is attached to the workstation"),
    SHIFT_CAPACITY("REGISTRY-SHIFT-003", Kind.INPUT, "a duty shift receives between 1 and 50 bookings"),
    BOOKING_FULL("REGISTRY-BOOKING-001", Kind.STATE, "every place of this duty slot is booked"),
    BOOKING_TWICE("REGISTRY-BOOKING-002", Kind.STATE, "this phone number has already booked this duty slot"),
    BOOKING_CONTACT(
            "REGISTRY-BOOKING-003",
            Kind.INPUT,
            "a booking needs a name, a phone number and consent to be contacted about it"),
    BOOKING_NOT_AHEAD(
            "REGISTRY-BOOKING-004",
            Kind.STATE,
            "a slot is booked ahead, on a day its shift is held, within the window"),
    VISIT_COUNTS(
            "REGISTRY-VISIT-001",
            Kind.INPUT,
            "a visit log counts people and problems from zero up, and resolves no more problems than it collected"),
    VISIT_NOT_ON_DUTY("REGISTRY-VISIT-002", Kind.ACTOR, "a visit is logged by the member on duty or by the office"),
    VISIT_IN_FUTURE("REGISTRY-VISIT-003", Kind.INPUT, "a visit is logged on or after the day it took place"),
    RESEARCH_TOPIC("REGISTRY-RESEARCH-001", Kind.INPUT, "a research topic needs a title, a year and a lead member"),
    RESEARCH_CITATION_KIND(
            "REGISTRY-RESEARCH-002",
            Kind.INPUT,
            "a research topic is cited by a proposal, a public-opinion report or a consultation topic");

    private final Rule definition;

    RegistryRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}

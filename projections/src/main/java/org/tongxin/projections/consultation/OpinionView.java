package org.tongxin.projections.consultation;

import java.time.Instant;

/**
 * A public opinion. {@code name} and {@code phone} are personal data, for staff only; {@link #withoutPersonalData}
 * is what the public pages and the public API show. {@code status}: PENDING, PUBLISHED or HIDDEN.
 */
public record OpinionView(
        int number,
        String trackingCode,
        String text,
        String name,
        String phone,
        String status,
        String hiddenReason,
        Integer liftedInto,
        Instant submittedAt) {

    public static final String PENDING = "PENDING";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String HIDDEN = "HIDDEN";

    public OpinionView withoutPersonalData() {
        return new OpinionView(number, null, text, null, null, status, null, liftedInto, submittedAt);
    }

    OpinionView with(String newStatus, String reason) {
        return new OpinionView(number, trackingCode, text, name, phone, newStatus, reason, liftedInto, submittedAt);
    }

    OpinionView lifted(int suggestion) {
        return new OpinionView(number, trackingCode, text, name, phone, status, hiddenReason, suggestion, submittedAt);
    }
}

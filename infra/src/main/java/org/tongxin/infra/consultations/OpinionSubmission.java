package org.tongxin.infra.consultations;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tongxin.engine.consultation.TopicLimits;

/**
 * The body of {@code POST /api/public/consultations/{id}/opinions}. Name and phone are optional and kept only with
 * {@code consent}, as for a clue's submitter.
 */
public record OpinionSubmission(
        @NotBlank @Size(max = TopicLimits.OPINION_MAX) String text,
        @Size(max = TopicLimits.NAME_MAX) String name,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone,
        Boolean consent) {

    /** Reported as {@code consentGivenForContact} when a name or phone comes without consent. */
    @AssertTrue(message = "consent must be given to keep a name or phone")
    @JsonIgnore
    public boolean isConsentGivenForContact() {
        boolean contact = (name != null && !name.isBlank()) || (phone != null && !phone.isBlank());
        return !contact || Boolean.TRUE.equals(consent);
    }
}

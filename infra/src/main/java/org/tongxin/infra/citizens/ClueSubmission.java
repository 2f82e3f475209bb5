package org.tongxin.infra.citizens;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.clue.ClueSource;

/** The body of {@code POST /api/public/clues}. */
public record ClueSubmission(
        @NotBlank @Size(max = ClueLimits.TITLE_MAX) String title,
        @NotBlank @Size(max = ClueLimits.CONTENT_MAX) String content,
        @NotNull ClueSource source,
        @Size(max = 100) String district,
        @Size(max = 100) String street,
        @Valid SubmitterContact submitter) {

    /**
     * Reported as {@code sourceOpenToSubmitters}: a letter, a call, a plenary speech or a group discussion is entered
     * by the office on the person's behalf ({@code POST /api/clues}), not submitted here.
     */
    @AssertTrue(message = "this source is entered by the office on someone's behalf")
    @JsonIgnore
    public boolean isSourceOpenToSubmitters() {
        return source == null || !source.enteredByStaffOnly();
    }

    /**
     * Optional: a citizen may stay anonymous. A name or phone is kept only with {@code consent} to its use (to be
     * contacted about this suggestion), which is recorded with it.
     */
    public record SubmitterContact(
            @Size(max = 100) String name,
            @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone,
            Boolean consent) {

        /** Reported as {@code submitter.consentGivenForContact} when a name or phone comes without consent. */
        @AssertTrue(message = "consent must be given to keep a name or phone")
        @JsonIgnore
        public boolean isConsentGivenForContact() {
            boolean contact = (name != null && !name.isBlank()) || (phone != null && !phone.isBlank());
            return !contact || Boolean.TRUE.equals(consent);
        }
    }
}

package org.tongxin.infra.intake;

import jakarta.validation.Valid;
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

    /** Optional: a citizen may stay anonymous. */
    public record SubmitterContact(
            @Size(max = 100) String name,
            @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone) {}
}

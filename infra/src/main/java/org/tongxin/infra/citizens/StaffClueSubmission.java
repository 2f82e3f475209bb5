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
import org.tongxin.engine.clue.OnBehalf;

/**
 * The body of {@code POST /api/clues}: a clue the office received and enters on someone's behalf. {@code channel} is
 * how it came in (来信 {@code PAPER_LETTER}, 电话 {@code PHONE_CALL}, 工作站接待 {@code WORKSTATION_VISIT}, 大会发言
 * {@code PLENARY_SPEECH}, 分组讨论 {@code GROUP_DISCUSSION}, or any other source).
 */
public record StaffClueSubmission(
        @NotBlank @Size(max = ClueLimits.TITLE_MAX) String title,
        @NotBlank @Size(max = ClueLimits.CONTENT_MAX) String content,
        @NotNull ClueSource channel,
        @Size(max = 100) String district,
        @Size(max = 100) String street,
        @Size(max = ClueLimits.CATEGORY_HINT_MAX) String categoryHint,
        @NotNull @Valid Behalf onBehalf) {

    /**
     * On whose behalf: a citizen, with name and phone kept only with their {@code consent} (as on the public form),
     * or a member picked by {@code member} (user id or name), who then is the clue's member.
     */
    public record Behalf(
            @NotNull OnBehalf.Kind kind,
            @Size(max = 64) String member,
            @Size(max = 100) String name,
            @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone,
            Boolean consent) {

        boolean givesContact() {
            return (name != null && !name.isBlank()) || (phone != null && !phone.isBlank());
        }

        /** Reported as {@code onBehalf.consentGivenForContact}. */
        @AssertTrue(message = "consent must be given to keep a name or phone")
        @JsonIgnore
        public boolean isConsentGivenForContact() {
            return !givesContact() || Boolean.TRUE.equals(consent);
        }

        /** Reported as {@code onBehalf.memberNamed}: a member's behalf names the member, a citizen's none. */
        @AssertTrue(message = "a member's behalf names the member, and a citizen's carries no member")
        @JsonIgnore
        public boolean isMemberNamed() {
            boolean named = member != null && !member.isBlank();
            return kind == null || (kind == OnBehalf.Kind.MEMBER) == named;
        }

        /** Reported as {@code onBehalf.contactOfCitizenOnly}: a member is reached through the directory. */
        @AssertTrue(message = "a name or phone belongs to a citizen's behalf only")
        @JsonIgnore
        public boolean isContactOfCitizenOnly() {
            return kind != OnBehalf.Kind.MEMBER || !givesContact();
        }
    }
}

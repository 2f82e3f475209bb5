package org.tongxin.infra.shared;

import java.util.List;
import org.tongxin.projections.clue.ClueSummary;

/** Masks submitters' personal data for everyone but staff, on pages, in the API and in exports. */
public final class PersonalData {

    private PersonalData() {}

    /** 张三 → 张*; an empty name stays empty. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int first = name.codePointAt(0);
        int rest = Math.max(1, name.codePointCount(0, name.length()) - 1);
        return new String(Character.toChars(first)) + "*".repeat(rest);
    }

    /** 13812345678 → 138****5678; anything too short to keep a prefix and suffix is hidden entirely. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** The ids of the clues that show a submitter's name or phone. */
    public static List<String> withContact(List<ClueSummary> clues) {
        return clues.stream()
                .filter(c -> c.submitterName() != null || c.submitterPhone() != null)
                .map(ClueSummary::clueId)
                .toList();
    }

    public static ClueSummary masked(ClueSummary c) {
        return c.withSubmitter(maskName(c.submitterName()), maskPhone(c.submitterPhone()));
    }
}

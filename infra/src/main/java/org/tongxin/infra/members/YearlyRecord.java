package org.tongxin.infra.members;

import java.util.List;
import org.tongxin.projections.activity.ActivityCategory;
import org.tongxin.projections.activity.MemberActivity;

/**
 * A member's record for one year: every heading of the scheme with its activities, their count and points, and the
 * year's total score.
 *
 * @param years the years the member has any activity in, newest first, with {@code year} among them
 */
public record YearlyRecord(String member, int year, List<Integer> years, int score, List<Category> categories) {

    public record Category(ActivityCategory category, int count, int points, List<Item> items) {}

    public record Item(MemberActivity activity, int points) {}

    public Category category(ActivityCategory which) {
        return categories.stream()
                .filter(c -> c.category() == which)
                .findFirst()
                .orElseThrow();
    }
}

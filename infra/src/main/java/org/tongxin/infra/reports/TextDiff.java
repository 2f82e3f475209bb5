package org.tongxin.infra.reports;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's changes to an author's text, character by character (Chinese has no words between spaces to diff
 * on), as runs the page marks: kept, removed, added.
 */
final class TextDiff {

    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    record Run(Kind kind, String text) {}

    private TextDiff() {}

    static List<Run> of(String before, String after) {
        List<String> a = codePoints(before == null ? "" : before);
        List<String> b = codePoints(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(runs, Kind.SAME, a.subList(at, start));
            add(runs, Kind.REMOVED, delta.getSource().getLines());
            add(runs, Kind.ADDED, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(runs, Kind.SAME, a.subList(at, a.size()));
        return runs;
    }

    private static void add(List<Run> runs, Kind kind, List<String> chars) {
        if (!chars.isEmpty()) {
            runs.add(new Run(kind, String.join("", chars)));
        }
    }

    private static List<String> codePoints(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }
}

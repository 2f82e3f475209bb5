package org.tongxin.projections.caselabel;

import java.util.List;

/** The labels of the clues and proposals with these ids; ids that match neither are left out. */
public record ListCaseLabels(List<String> ids) {

    public ListCaseLabels {
        ids = List.copyOf(ids);
    }
}

package org.tongxin.infra.shared;

import java.util.List;
import org.tongxin.engine.shared.SourceKind;

/** The kinds of item departments handle today, in the order the board's and the statistics' filters offer them. */
public final class HandledKinds {

    public static final List<String> FILTERS = List.of(
            SourceKind.PROPOSAL.name(),
            SourceKind.INSTRUCTION.name(),
            SourceKind.CONSULTATION_SUGGESTION.name(),
            SourceKind.RECTIFICATION.name());

    private HandledKinds() {}
}

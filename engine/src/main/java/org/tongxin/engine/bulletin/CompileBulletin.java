package org.tongxin.engine.bulletin;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The information office compiles an issue: adopted reports in the order they are printed, with the editor's note.
 * {@code reports} are report ids; each report accepts being in one issue only.
 */
public record CompileBulletin(
        @TargetAggregateIdentifier BulletinId bulletinId, String editorNote, List<String> reports, ActorRef by)
        implements BulletinCommand {

    public CompileBulletin {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }
}

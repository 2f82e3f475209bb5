package org.tongxin.engine.clue;

import org.tongxin.engine.shared.ActorRef;

public sealed interface ClueCommand permits RegisterClue, ClassifyClue {

    ClueId clueId();

    ActorRef by();
}

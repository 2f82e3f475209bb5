package org.tongxin.engine.clue;

import org.tongxin.engine.shared.Command;

public sealed interface ClueCommand extends Command
        permits RegisterClue,
                ClassifyClue,
                AbsorbClue,
                AdoptClue,
                ConvertClue,
                RecordFeedback,
                CloseClue,
                EraseSubmitter {

    ClueId clueId();
}

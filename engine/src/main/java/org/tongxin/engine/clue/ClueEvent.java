package org.tongxin.engine.clue;

public sealed interface ClueEvent
        permits ClueRegistered,
                ClueClassified,
                ClueAbsorbed,
                ClueAdopted,
                ClueConverted,
                FeedbackRecorded,
                ClueClosed,
                SubmitterErased {

    ClueId clueId();
}

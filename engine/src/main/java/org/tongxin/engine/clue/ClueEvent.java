package org.tongxin.engine.clue;

public sealed interface ClueEvent permits ClueRegistered, ClueClassified {

    ClueId clueId();
}

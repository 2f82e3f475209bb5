package org.tongxin.engine.shared;

/**
 * A refusal the domain can give, with a stable code. The code is part of the API (problem details carry it, BPMN
 * error codes use it), so a code is never renamed or reused; a retired rule keeps its entry. Each aggregate keeps
 * its own enum of rules ({@code ClueRule}, …) so they evolve independently; each constant carries a {@link Rule}.
 */
public interface RuleCode {

    Rule definition();

    /** Stable code, {@code AREA-ACTION-NNN}, e.g. {@code CLUE-CLASSIFY-002}. */
    default String code() {
        return definition().code();
    }

    default Kind kind() {
        return definition().kind();
    }

    /** What the rule says, in English, for logs and developers; the UI translates by code. */
    default String description() {
        return definition().description();
    }

    /** The content of a rule constant. */
    record Rule(String code, Kind kind, String description) {}

    /** What kind of refusal: the web answers 409 for STATE, 422 for INPUT, 403 for ACTOR. */
    enum Kind {
        /** The case is not in a state that allows the command. */
        STATE,
        /** The command's content breaks a rule. */
        INPUT,
        /** The acting user may not send the command. */
        ACTOR
    }
}

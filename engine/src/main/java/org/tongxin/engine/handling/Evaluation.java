package org.tongxin.engine.handling;

/**
 * One evaluator's verdict on a round's reply, on both dimensions the rules ask about: how the department worked and
 * what came of it.
 */
public record Evaluation(String evaluator, Satisfaction handlingWork, Satisfaction result) {

    /** Unsatisfied on either dimension is what opens a re-handle or, when none is left, supervision. */
    public boolean unsatisfied() {
        return handlingWork == Satisfaction.UNSATISFIED || result == Satisfaction.UNSATISFIED;
    }
}

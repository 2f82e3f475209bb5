package org.tongxin.processes.task;

import java.util.Optional;

/**
 * Resolves what a person entered in a reference field to the id the domain uses, or nothing when no such thing
 * exists. The application implements it over its directories and read models; a form never passes an unresolved
 * reference to a command, so a typo cannot route work to a department or a co-signer that does not exist.
 */
public interface References {

    /**
     * @param kind a reference kind ({@link FieldType#isReference()})
     * @param entered the stripped text of one value
     * @return the canonical id (department code, user name, clue id, proposal id, category name)
     */
    Optional<String> resolve(FieldType kind, String entered);
}

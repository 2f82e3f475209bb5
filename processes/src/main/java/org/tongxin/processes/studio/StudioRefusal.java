package org.tongxin.processes.studio;

import java.util.List;

/**
 * A draft that may not be deployed, or a migration that may not run, because of what its check found; the findings
 * name the elements, and nothing was changed.
 */
public class StudioRefusal extends RuntimeException {

    private final transient List<Finding> findings;

    public StudioRefusal(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}

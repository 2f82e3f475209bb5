package org.tongxin.projections.ops;

/**
 * A replay this node cannot begin because another node holds some of the group's segments: resetting tokens needs
 * every claim, so the other nodes must stop first. The group goes on processing here as before.
 */
public class ReplayBlocked extends RuntimeException {

    private final String group;

    public ReplayBlocked(String group, Throwable cause) {
        super("another node holds segments of projection " + group + "; stop the other nodes, then replay", cause);
        this.group = group;
    }

    public String group() {
        return group;
    }
}

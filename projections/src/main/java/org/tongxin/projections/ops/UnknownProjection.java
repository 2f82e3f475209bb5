package org.tongxin.projections.ops;

/** A name that is not one of the read models' processing groups. */
public class UnknownProjection extends RuntimeException {

    public UnknownProjection(String name) {
        super("no projection named " + name);
    }
}

package org.tongxin.infra.web;

/** A resource that does not exist, or that the caller may not know exists. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}

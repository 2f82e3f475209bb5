package org.tongxin.infra.web;

/** A resource that does not exist, or that the caller may not know exists. */
class NotFound extends RuntimeException {

    NotFound(String what) {
        super(what + " not found");
    }
}

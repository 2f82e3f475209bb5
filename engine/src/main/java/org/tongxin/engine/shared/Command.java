package org.tongxin.engine.shared;

/** Every command names who sends it; the wiring copies it into the events' metadata for the audit log. */
public interface Command {

    ActorRef by();
}

package org.tongxin.processes.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on an event bridge: the BPMN message names it correlates. An annotation, not a method, so the contract can be
 * checked while the process engine is still being built, before any bridge (which needs the engine) exists.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Correlates {

    String[] value();
}

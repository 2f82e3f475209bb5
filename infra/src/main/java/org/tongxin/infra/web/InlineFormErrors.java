package org.tongxin.infra.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler that renders its own form again with a message beside each refused field: the edge leaves its
 * form fields (request parameters) to it, and the handler must apply {@link ControlCharacters} to every field it
 * keeps. Path variables are still checked at the edge.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InlineFormErrors {}

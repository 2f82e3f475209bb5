package org.tongxin.processes.studio;

/**
 * One thing wrong with a draft, named by the BPMN element it concerns ({@code elementId} null when the document as a
 * whole is unreadable) and the element's name as the diagram writes it, so a reader sees words and the modeler can
 * mark the element.
 */
public record Finding(String elementId, String elementName, String rule, String message) {}

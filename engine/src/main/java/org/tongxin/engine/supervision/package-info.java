/**
 * Democratic supervision (民主监督): the pool of supervision entries with their joint teams, inspections, findings and
 * the rectification (整改) departments do for them, and the registry of special supervisors (特约监督员).
 */
package org.tongxin.engine.supervision;

package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.DepartmentCode;

/** One department and its role in an assignment. */
public record Assignment(DepartmentCode department, HandlingRole role) {}

package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;

/** One department and its role in an assignment. */
public record Assignment(DepartmentCode department, HandlingRole role) {}

package org.tongxin.engine.supervision;

import org.tongxin.engine.shared.DepartmentCode;

/** What an activity found, against the department that must answer for it. */
public record Finding(DepartmentCode department, String text) {}

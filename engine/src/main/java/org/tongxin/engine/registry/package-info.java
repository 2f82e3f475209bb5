/**
 * The registry's rules (委员工作站/工作室, 界别活动组, 委员轮流坐值, 预约, 接待记录, 调研课题): what a workstation, a duty shift, a
 * booking, a visit log and a research topic must satisfy, as pure checks with stable rule codes that the registry's
 * tables are written through.
 */
package org.tongxin.engine.registry;

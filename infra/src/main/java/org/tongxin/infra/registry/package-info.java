/**
 * The registry (委员工作站/工作室, 界别活动组): places, the members attached to them and their sector, the weekly duty rota
 * and citizens' bookings, reception logs whose problems become attributed clues, and research topics with their
 * conversion results; the attribution of members' clues to their sector and workstation, and what of all this enters
 * the member record (receptions, duty shifts, research topics; who belongs to which sector and workstation).
 */
package org.tongxin.infra.registry;

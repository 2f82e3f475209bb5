/** The member record (履职档案): what a member did, for the member, the office, leaders and oversight. */
package org.tongxin.infra.members;

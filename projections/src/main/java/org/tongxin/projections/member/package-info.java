/** The member record (履职档案): what one member raised, adopted, proposed, co-signed and evaluated. */
package org.tongxin.projections.member;

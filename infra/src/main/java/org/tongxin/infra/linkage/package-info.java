/** City–district linkage (市区联动): escalating an item to the higher committee's instance and hearing its outcome. */
package org.tongxin.infra.linkage;

/** Demo accounts and departments, created only on the embedded default. */
package org.tongxin.infra.demo;

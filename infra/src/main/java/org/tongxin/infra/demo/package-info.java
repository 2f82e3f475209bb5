/** Demo accounts, departments and a few cases, created only on the embedded default. */
package org.tongxin.infra.demo;

/** Public-opinion reports and the bulletin: pages, API and printable documents. */
package org.tongxin.infra.reports;

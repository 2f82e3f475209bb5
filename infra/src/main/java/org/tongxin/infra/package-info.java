/** The Tongxin application: wiring, persistence, security, the REST API and the web UI. */
package org.tongxin.infra;

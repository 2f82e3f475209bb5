/** The REST API: thin controllers over the engine's commands, the processes' tasks and the projections' queries. */
package org.tongxin.infra.web;

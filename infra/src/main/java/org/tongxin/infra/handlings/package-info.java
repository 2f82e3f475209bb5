/** Department handlings: the board (承办看板) and its API, narrowed to a department officer's own department. */
package org.tongxin.infra.handlings;

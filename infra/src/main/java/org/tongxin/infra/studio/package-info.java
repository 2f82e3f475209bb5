/**
 * The process designer's studio: drafts of a process saved on the server, checked without deploying, deployed as a
 * new version when nothing is wrong, versions compared, and running instances moved to a new version.
 */
package org.tongxin.infra.studio;

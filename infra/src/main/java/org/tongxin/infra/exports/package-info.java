/**
 * The office's downloads: its lists and yearly tables as Excel workbooks and its official documents as PDF, under
 * the same filters and access rules as the pages and endpoints they come from.
 */
package org.tongxin.infra.exports;

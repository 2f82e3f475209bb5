/** What forms refer to — departments, members, leaders, clues, proposals, categories: lookups, pickers, resolution. */
package org.tongxin.infra.directory;

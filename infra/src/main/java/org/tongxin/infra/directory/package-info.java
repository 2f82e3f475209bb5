/**
 * What forms refer to — departments, members, leaders, clues, proposals, categories, tracking codes: lookups, the
 * pickers' API, resolution of what a form names, proposal numbers. Features use it to name and find things.
 */
package org.tongxin.infra.directory;

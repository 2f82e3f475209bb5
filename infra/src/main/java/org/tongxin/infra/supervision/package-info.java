/** Democratic supervision: the pool, an entry's page, the special supervisors' registry, {@code /api/supervision}. */
package org.tongxin.infra.supervision;

/** Read models in PostgreSQL, fed by pooled streaming processors and answered through query handlers. */
package org.tongxin.projections;

/** The record of each year's working days as designers keep it: revisions and confirmations, audited as events. */
package org.tongxin.engine.calendaryear;

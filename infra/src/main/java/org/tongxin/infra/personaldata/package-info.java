/**
 * Crypto-shredding of submitters' personal data: each submitter's name and phone are sealed with a key of their own
 * before an event is stored, and destroying that key erases them while the event stays as it was written.
 */
package org.tongxin.infra.personaldata;

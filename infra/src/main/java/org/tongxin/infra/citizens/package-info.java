/**
 * The ways a clue comes in: citizens without an account (an idea becomes a clue with a tracking code, the code
 * follows it) and the office entering what arrived by letter, phone, visit or meeting on someone's behalf.
 */
package org.tongxin.infra.citizens;

/** What people call a case: a clue's tracking code or a proposal's filing number, with its title; and finding by them. */
package org.tongxin.projections.caselabel;

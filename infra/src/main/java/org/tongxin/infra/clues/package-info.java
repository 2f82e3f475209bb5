/** The clue pool: its API and its pages (facets, search, one clue). */
package org.tongxin.infra.clues;

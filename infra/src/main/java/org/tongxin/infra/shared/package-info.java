/**
 * What several feature packages show the same way: case names and readings, clues as a viewer may see them, phrases,
 * masked personal data, messages and formats in the request's language. Features share through here and
 * {@code directory}, never through each other.
 */
package org.tongxin.infra.shared;

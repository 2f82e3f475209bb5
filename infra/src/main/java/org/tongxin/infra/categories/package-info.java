/** The committee's categories as the office keeps them (list, add, retire); pickers read them from the directory. */
package org.tongxin.infra.categories;

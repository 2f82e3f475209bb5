/** Cases: a clue or proposal as one reader may see it, live or as of a day, with its history, lineage and diagram. */
package org.tongxin.infra.cases;

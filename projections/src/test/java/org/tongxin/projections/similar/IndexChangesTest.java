package org.tongxin.projections.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IndexChangesTest {

    static final IndexChanges.Key CLUE = new IndexChanges.Key(ItemKind.CLUE, "c-1");
    static final IndexChanges.Key PROPOSAL = new IndexChanges.Key(ItemKind.PROPOSAL, "p-1");

    /** The three tables as the repository writes them. */
    static final class Tables {
        final Map<IndexChanges.Key, IndexChanges.Item> items = new HashMap<>();
        final Map<String, Long> terms = new TreeMap<>();
        long corpus;

        void write(List<IndexChanges.Change> changes) {
            Map<IndexChanges.Key, IndexChanges.Item> stored = new HashMap<>();
            changes.forEach(c -> {
                if (items.containsKey(c.key())) {
                    stored.put(c.key(), items.get(c.key()));
                }
            });
            IndexChanges batch = new IndexChanges(stored);
            changes.forEach(batch::apply);
            batch.written().forEach(i -> items.put(i.key(), i));
            corpus += batch.added();
            batch.frequencies().forEach((term, move) -> terms.merge(term, move, Long::sum));
        }
    }

    static final List<IndexChanges.Change> HISTORY = List.of(
            new IndexChanges.Index(CLUE, "路灯不亮", "MS-1", "路灯不亮\n夜间道路照明不足", 0, true),
            new IndexChanges.Index(PROPOSAL, "公交线路", null, "公交线路\n增加夜间公交线路", 0, false),
            new IndexChanges.Index(PROPOSAL, "公交线路", null, "公交线路\n优化站点设置", 1, false),
            new IndexChanges.Show(PROPOSAL, 2),
            new IndexChanges.Reference(PROPOSAL, "T-0042", 3),
            // a redelivered event at or below the stored version changes nothing
            new IndexChanges.Index(CLUE, "路灯不亮", "MS-1", "完全不同的文字", 0, true),
            new IndexChanges.Show(new IndexChanges.Key(ItemKind.REPORT, "never-indexed"), 4));

    @Test
    void writingABatchTogetherLeavesTheTablesAsWritingItsEventsOneByOne() {
        Tables oneByOne = new Tables();
        HISTORY.forEach(change -> oneByOne.write(List.of(change)));
        Tables together = new Tables();
        together.write(HISTORY);

        assertThat(together.items).isEqualTo(oneByOne.items);
        assertThat(together.terms).isEqualTo(oneByOne.terms);
        assertThat(together.corpus).isEqualTo(oneByOne.corpus).isEqualTo(2);
        IndexChanges.Item proposal = together.items.get(PROPOSAL);
        assertThat(proposal.shown()).isTrue();
        assertThat(proposal.reference()).isEqualTo("T-0042");
        assertThat(proposal.version()).isEqualTo(3);
        assertThat(together.items).doesNotContainKey(new IndexChanges.Key(ItemKind.REPORT, "never-indexed"));
    }

    @Test
    void aWordAnItemGainedAndLostWithinTheBatchKeepsItsRowCountedZeroTimes() {
        Tables together = new Tables();
        together.write(HISTORY);

        List<String> drafted = ChineseText.tokens("公交线路\n增加夜间公交线路");
        List<String> edited = ChineseText.tokens("公交线路\n优化站点设置");
        String lost = drafted.stream()
                .filter(t -> !edited.contains(t)
                        && !ChineseText.tokens("路灯不亮\n夜间道路照明不足").contains(t))
                .findFirst()
                .orElseThrow();
        assertThat(together.terms).containsEntry(lost, 0L);
        // every other word counts the items holding it
        together.terms.forEach((term, df) -> assertThat(df)
                .as(term)
                .isEqualTo(together.items.values().stream()
                        .filter(i -> i.tokens().contains(term))
                        .count()));
    }
}

package org.tongxin.projections.similar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run of index changes does to the similarity index, worked out in memory from the items as they were stored
 * before it: the items to write, how many are new, and by how much each word's document frequency moves. Applying the
 * changes one at a time to the tables gives the same rows as writing what this works out once, a word that an item
 * gained and lost again in between included (it keeps its row, counted zero times for that item), so a replay that
 * sees a hundred events at once leaves the tables as the live processor, which saw them one by one, did.
 */
final class IndexChanges {

    record Key(ItemKind kind, String id) {}

    /** An item as stored: its words (repeats kept) and search keys, the version of the last event applied. */
    record Item(
            Key key,
            String title,
            String reference,
            List<String> tokens,
            List<String> searchKeys,
            long version,
            boolean shown) {}

    sealed interface Change {
        Key key();

        long sequence();
    }

    /** An item's text (re)indexed; {@code shown} applies only when the item is new. */
    record Index(Key key, String title, String reference, String text, long sequence, boolean shown)
            implements Change {}

    /** A draft submitted: a candidate from now on. */
    record Show(Key key, long sequence) implements Change {}

    /** A new reference (a proposal's filing number) without a change of text. */
    record Reference(Key key, String reference, long sequence) implements Change {}

    private final Map<Key, Set<String>> storedWords = new HashMap<>();
    private final Map<Key, Item> current = new HashMap<>();
    private final Map<Key, Item> changed = new LinkedHashMap<>();
    /** Words some change gave an item: each has a row afterwards, even if the item lost it again. */
    private final Set<String> gained = new HashSet<>();

    /** @param stored the items the changes touch as stored now; an item not in it is not stored */
    IndexChanges(Map<Key, Item> stored) {
        stored.forEach((key, item) -> {
            current.put(key, item);
            storedWords.put(key, new HashSet<>(item.tokens()));
        });
    }

    void apply(Change change) {
        Item item = current.get(change.key());
        if (item != null && item.version() >= change.sequence()) {
            return;
        }
        Item after;
        if (change instanceof Index i) {
            after = index(item, i);
        } else if (item == null) {
            // a submission or a filing number of an item never indexed changes nothing, as an UPDATE of no row
            after = null;
        } else if (change instanceof Reference r) {
            after = with(item, r.reference(), r.sequence(), item.shown());
        } else {
            after = with(item, item.reference(), change.sequence(), true);
        }
        if (after != null) {
            current.put(change.key(), after);
            changed.put(change.key(), after);
        }
    }

    private Item index(Item item, Index i) {
        List<String> tokens = ChineseText.tokens(i.text()).stream()
                .filter(t -> t.length() <= SimilarityRepository.TERM_MAX)
                .toList();
        Set<String> before = item == null ? Set.of() : new HashSet<>(item.tokens());
        tokens.stream().filter(t -> !before.contains(t)).forEach(gained::add);
        return new Item(
                i.key(),
                i.title(),
                i.reference() != null || item == null ? i.reference() : item.reference(),
                tokens,
                ChineseText.searchKeys(i.text()),
                i.sequence(),
                item == null ? i.shown() : item.shown());
    }

    private static Item with(Item item, String reference, long version, boolean shown) {
        return new Item(item.key(), item.title(), reference, item.tokens(), item.searchKeys(), version, shown);
    }

    /** The items changed, each in its final state, in the order first changed. */
    List<Item> written() {
        return List.copyOf(changed.values());
    }

    /** How many of the items written were not stored before. */
    int added() {
        return (int) changed.keySet().stream()
                .filter(k -> !storedWords.containsKey(k))
                .count();
    }

    /**
     * By how much each word's document frequency moves, by word in sorted order (the order rows are locked in, so two
     * segments writing at once never deadlock); a word gained and lost again moves by zero and is listed, so that it
     * has its row.
     */
    SortedMap<String, Long> frequencies() {
        SortedMap<String, Long> moves = new TreeMap<>();
        changed.forEach((key, item) -> {
            Set<String> before = storedWords.getOrDefault(key, Set.of());
            Set<String> after = new LinkedHashSet<>(item.tokens());
            after.stream().filter(t -> !before.contains(t)).forEach(t -> moves.merge(t, 1L, Long::sum));
            before.stream().filter(t -> !after.contains(t)).forEach(t -> moves.merge(t, -1L, Long::sum));
        });
        gained.forEach(t -> moves.putIfAbsent(t, 0L));
        return moves;
    }
}

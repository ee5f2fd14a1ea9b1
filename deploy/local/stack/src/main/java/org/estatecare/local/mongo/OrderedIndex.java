package org.estatecare.local.mongo;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary (non-unique) index kept in memory: the declared keys of every document in the index's order, the
 * document's position (its {@code _id}) last. mongo-java-server declares such indexes and ignores them; this one
 * answers equality on a prefix of its keys and walks its order for a sort, as MongoDB's would. It is rebuilt from
 * the documents when the database opens. A document with an array on an indexed path makes the index multikey,
 * and a multikey index is never used to plan a query (every query stays correct, only unplanned).
 */
final class OrderedIndex extends Index<Object> {

    /** Stands for "no bound" at one key when a range is taken by a prefix of the keys. */
    private static final Object LOW = new Object();
    private static final Object HIGH = new Object();

    private final List<IndexKey> keys;
    private final NavigableSet<Entry> entries;
    private final Map<Object, Entry> byPosition = new HashMap<>();
    private boolean multikey;

    /** One document's keys and position. */
    record Entry(Object[] values, Object position) {
    }

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.keys = List.copyOf(keys);
        this.entries = new TreeSet<>(comparator(this.keys));
    }

    private static Comparator<Entry> comparator(List<IndexKey> keys) {
        return (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int cmp = compareKey(a.values[i], b.values[i], keys.get(i).isAscending());
                if (cmp != 0) {
                    return cmp;
                }
            }
            return compareKey(a.position, b.position, true);
        };
    }

    private static int compareKey(Object a, Object b, boolean ascending) {
        if (a == b) {
            return 0;
        }
        if (a == LOW || b == HIGH) {
            return -1;
        }
        if (a == HIGH || b == LOW) {
            return 1;
        }
        return (ascending ? ValueComparator.asc() : ValueComparator.desc()).compare(a, b);
    }

    List<IndexKey> indexKeys() {
        return keys;
    }

    boolean usable() {
        return !multikey;
    }

    /**
     * The positions whose first {@code prefix.size()} keys equal {@code prefix}, in the index's order, or in reverse.
     */
    Iterator<Object> positions(List<Object> prefix, boolean reverse) {
        NavigableSet<Entry> range = range(prefix);
        Iterator<Entry> walk = reverse ? range.descendingIterator() : range.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return walk.hasNext();
            }

            @Override
            public Object next() {
                return walk.next().position;
            }
        };
    }

    /** How many documents have these first keys, counted up to {@code most + 1}: the cost of narrowing by them. */
    int sizeAtMost(List<Object> prefix, int most) {
        if (prefix.isEmpty()) {
            return entries.size();
        }
        int size = 0;
        for (Iterator<Entry> walk = range(prefix).iterator(); walk.hasNext() && size <= most; walk.next()) {
            size++;
        }
        return size;
    }

    private NavigableSet<Entry> range(List<Object> prefix) {
        if (prefix.isEmpty()) {
            return entries;
        }
        Object[] low = new Object[keys.size()];
        Object[] high = new Object[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            low[i] = i < prefix.size() ? prefix.get(i) : LOW;
            high[i] = i < prefix.size() ? prefix.get(i) : HIGH;
        }
        return entries.subSet(new Entry(low, LOW), true, new Entry(high, HIGH), true);
    }

    private Entry entryOf(Document document, Object position) {
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, keys.get(i).getKey());
            if (value instanceof Collection) {
                multikey = true;
            }
            values[i] = value;
        }
        return new Entry(values, position);
    }

    @Override
    public Object getPosition(Document document) {
        return null; // the _id index finds a document's position
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: every document is welcome
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        Entry entry = entryOf(document, position);
        Entry previous = byPosition.put(position, entry);
        try {
            if (previous != null) {
                entries.remove(previous);
            }
            entries.add(entry);
        } catch (RuntimeException unordered) {
            multikey = true; // a value the server cannot order: the index is not used to plan again
        }
    }

    @Override
    public Object remove(Document document) {
        Entry entry = byPosition.remove(Utils.getSubdocumentValue(document, "_id"));
        if (entry == null) {
            return null;
        }
        entries.remove(entry);
        return entry.position;
    }

    @Override
    protected boolean isSparse() {
        // a document this index does not know (added before it, never) is no reason to refuse its removal
        return true;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // the collection plans with this index itself: see IndexedH2Collection
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("planned by the collection");
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: any update is welcome
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        Entry previous = byPosition.remove(position);
        if (previous != null) {
            entries.remove(previous);
        }
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        entries.clear();
        byPosition.clear();
    }
}

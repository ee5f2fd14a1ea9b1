package org.estatecare.local.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection that answers from its indexes as MongoDB does, where mongo-java-server alone reads every document
 * and sorts every match for each page:
 * <ul>
 * <li>a sort that an index's order gives (after the keys the query fixes by equality) walks that index and stops
 * once the page is full;</li>
 * <li>otherwise equality on an index's first keys narrows what a sort or a count reads to that index's range;</li>
 * <li>what is left to sort is sorted on each document's sort values read once, not on every comparison;</li>
 * <li>a count is kept until the collection next changes, so paging through a list does not count it again.</li>
 * </ul>
 * Every document a plan reads is still matched against the whole query, so a plan changes the cost of a query,
 * never its answer. Ties of a sort come in {@code _id} order (the services' lists end their sort with it anyway); a
 * query without a sort is the server's own, in its natural order.
 */
final class IndexedH2Collection extends H2Collection {

    /** Counts remembered at most, per collection: a list's filters in use at one time. */
    private static final int COUNTS_KEPT = 256;
    /** Narrowing to an index's range beats walking a sort's index when the range is at most this many documents. */
    private static final int NARROW_ENOUGH = 20_000;

    private long changes;
    private final Map<Document, long[]> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Document, long[]> eldest) {
            return size() > COUNTS_KEPT;
        }
    };

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    // every change of a document passes one of these three
    @Override
    protected Object addDocumentInternal(Document document) {
        changed();
        return super.addDocumentInternal(document);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        changed();
        super.handleUpdate(position, oldDocument, newDocument);
    }

    @Override
    protected void removeDocument(Object position) {
        changed();
        super.removeDocument(position);
    }

    // an index is built and dropped under the collection's lock, so no write lands between its build and its use
    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
    }

    private synchronized void changed() {
        changes++;
        counts.clear();
    }

    /** How many documents match {@code query}, as {@code countDocuments} answers it. */
    synchronized long countMatching(Document query, int skip, int limit) {
        Document key = new Document("q", query).append("skip", skip).append("limit", limit);
        long[] known = counts.get(key);
        if (known != null && known[1] == changes) {
            return known[0];
        }
        long matched = 0;
        if (everything(query)) {
            matched = count();
        } else {
            Narrowing narrowing = narrowing(equalities(query));
            Iterator<Document> candidates = documents(narrowing == null ? null : narrowing.positions());
            while (candidates.hasNext()) {
                Document document = candidates.next();
                if (document != null && documentMatchesQuery(document, query)) {
                    matched++;
                }
            }
        }
        long count = Math.max(0, matched - skip);
        if (limit > 0) {
            count = Math.min(count, limit);
        }
        counts.put(key, new long[] {count, changes});
        return count;
    }

    @Override
    protected synchronized QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                                      Document fieldSelector) {
        boolean sorted = orderBy != null && !orderBy.isEmpty() && !orderBy.containsKey("$natural");
        Map<String, Object> equal = equalities(query);
        if (sorted) {
            Walk walk = walkFor(equal, orderBy);
            Narrowing narrowing = narrowing(equal);
            // the walk, unless a narrower range is small enough to read whole and sort
            if (walk != null && (narrowing == null || walk.prefix >= narrowing.values().size() || !narrowing.small())) {
                return page(walk.index.positions(walk.values, walk.reverse), query, skip, limit, batchSize, fieldSelector);
            }
            return sortedPage(narrowing == null ? null : narrowing.positions(), query, orderBy, skip, limit, batchSize,
                    fieldSelector);
        }
        // unsorted: in the server's natural order, as the first match of an update or delete must be
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** The matches among {@code candidates}, in their order, from {@code skip}, at most {@code limit} when positive. */
    private QueryResult page(Iterator<Object> candidates, Document query, int skip, int limit, int batchSize,
                             Document fieldSelector) {
        List<Document> page = new ArrayList<>();
        int skipped = 0;
        while (candidates.hasNext() && (limit <= 0 || page.size() < limit)) {
            Document document = getDocument(candidates.next());
            if (document == null || !documentMatchesQuery(document, query)) {
                continue;
            }
            if (skipped < skip) {
                skipped++;
            } else {
                page.add(document);
            }
        }
        // matched again (a page's worth) only to reuse the server's projection and cursor
        return matchDocumentsFromStream(query, page.stream(), 0, 0, batchSize, null, fieldSelector);
    }

    /** The matches among {@code candidates} (all documents when null) sorted by {@code orderBy}, each value read once. */
    private QueryResult sortedPage(Iterator<Object> candidates, Document query, Document orderBy, int skip, int limit,
                                   int batchSize, Document fieldSelector) {
        List<String> fields = new ArrayList<>(orderBy.keySet());
        List<Comparator<Object>> directions = new ArrayList<>();
        for (String field : fields) {
            directions.add(((Number) orderBy.get(field)).intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc());
        }
        record Keyed(Object[] values, Document document) {
        }
        List<Keyed> matches = new ArrayList<>();
        Iterator<Document> documents = documents(candidates);
        while (documents.hasNext()) {
            Document document = documents.next();
            if (document == null || !documentMatchesQuery(document, query)) {
                continue;
            }
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Utils.getSubdocumentValueCollectionAware(document, fields.get(i));
            }
            matches.add(new Keyed(values, document));
        }
        matches.sort((a, b) -> {
            for (int i = 0; i < a.values.length; i++) {
                int cmp = directions.get(i).compare(a.values[i], b.values[i]);
                if (cmp != 0) {
                    return cmp;
                }
            }
            // ties in ascending _id order, whatever order the candidates came in
            return ValueComparator.asc().compare(a.document.get("_id"), b.document.get("_id"));
        });
        int from = Math.min(skip, matches.size());
        int to = limit > 0 ? Math.min(matches.size(), from + limit) : matches.size();
        return matchDocumentsFromStream(query, matches.subList(from, to).stream().map(Keyed::document), 0, 0, batchSize,
                null, fieldSelector);
    }

    /** The documents at {@code positions}, or every document when null. */
    private Iterator<Document> documents(Iterator<Object> positions) {
        if (positions == null) {
            return streamAllDocumentsWithPosition().map(found -> found.getDocument()).iterator();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return positions.hasNext();
            }

            @Override
            public Document next() {
                return getDocument(positions.next());
            }
        };
    }

    /** An index walk that yields the order asked: the keys the query fixes first, then exactly the sort's fields. */
    private record Walk(OrderedIndex index, List<Object> values, int prefix, boolean reverse) {
    }

    private Walk walkFor(Map<String, Object> equal, Document orderBy) {
        List<String> sortFields = new ArrayList<>(orderBy.keySet());
        Boolean idAscending = null;
        if (sortFields.get(sortFields.size() - 1).equals("_id")) {
            idAscending = ((Number) orderBy.get("_id")).intValue() > 0;
            sortFields.remove(sortFields.size() - 1);
        }
        Walk best = null;
        for (OrderedIndex index : orderedIndexes()) {
            List<IndexKey> keys = index.indexKeys();
            for (int prefix = 0; prefix <= keys.size() - sortFields.size(); prefix++) {
                if (prefix + sortFields.size() != keys.size() || !fixedBy(keys, prefix, equal)) {
                    continue;
                }
                Boolean reverse = null;
                boolean fits = true;
                for (int i = 0; i < sortFields.size() && fits; i++) {
                    IndexKey key = keys.get(prefix + i);
                    boolean askedAscending = ((Number) orderBy.get(sortFields.get(i))).intValue() > 0;
                    boolean flips = askedAscending != key.isAscending();
                    fits = key.getKey().equals(sortFields.get(i)) && (reverse == null || reverse == flips);
                    reverse = flips;
                }
                if (sortFields.isEmpty()) {
                    reverse = idAscending != null && !idAscending;
                }
                // ties walk in _id order, forwards ascending and backwards descending; a sort that does not
                // name _id has its ties in ascending _id order, as the server's natural order gives them
                boolean idOrder = idAscending == null ? !reverse : idAscending != reverse;
                if (fits && idOrder && (best == null || prefix > best.prefix)) {
                    best = new Walk(index, values(keys, prefix, equal), prefix, reverse);
                }
            }
        }
        return best;
    }

    /** The index whose first keys the query fixes most, with those keys' values. */
    private record Narrowing(OrderedIndex index, List<Object> values) {

        Iterator<Object> positions() {
            return index.positions(values, false);
        }

        /** Whether its range is small enough to read whole and sort. */
        boolean small() {
            return index.sizeAtMost(values, NARROW_ENOUGH) <= NARROW_ENOUGH;
        }
    }

    /** The best narrowing by equality, or null when no index's first key is fixed. */
    private Narrowing narrowing(Map<String, Object> equal) {
        OrderedIndex best = null;
        int bestPrefix = 0;
        for (OrderedIndex index : orderedIndexes()) {
            int prefix = fixedPrefix(index.indexKeys(), equal);
            if (prefix > bestPrefix) {
                best = index;
                bestPrefix = prefix;
            }
        }
        return best == null ? null : new Narrowing(best, values(best.indexKeys(), bestPrefix, equal));
    }

    private static int fixedPrefix(List<IndexKey> keys, Map<String, Object> equal) {
        int prefix = 0;
        while (prefix < keys.size() && equal.containsKey(keys.get(prefix).getKey())) {
            prefix++;
        }
        return prefix;
    }

    private static boolean fixedBy(List<IndexKey> keys, int prefix, Map<String, Object> equal) {
        return fixedPrefix(keys, equal) >= prefix;
    }

    private static List<Object> values(List<IndexKey> keys, int prefix, Map<String, Object> equal) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            values.add(equal.get(keys.get(i).getKey()));
        }
        return values;
    }

    private List<OrderedIndex> orderedIndexes() {
        List<OrderedIndex> usable = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof OrderedIndex ordered && ordered.usable()) {
                usable.add(ordered);
            }
        }
        return usable;
    }

    /** Whether the query asks for nothing: empty, or only an {@code $and} of such (a list's scope and filter, both open). */
    static boolean everything(Document query) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            if (!condition.getKey().equals("$and") || !(condition.getValue() instanceof Collection<?> all)) {
                return false;
            }
            for (Object each : all) {
                if (!(each instanceof Document document) || !everything(document)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The fields the query requires to equal one plain value, from its top level and its {@code $and}s: each is a
     * condition every match meets, so an index's entries for that value hold every match.
     */
    static Map<String, Object> equalities(Document query) {
        Map<String, Object> equal = new LinkedHashMap<>();
        collect(query, equal);
        return equal;
    }

    private static void collect(Document query, Map<String, Object> equal) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            String field = condition.getKey();
            Object value = condition.getValue();
            if (field.equals("$and") && value instanceof Collection<?> all) {
                for (Object each : all) {
                    if (each instanceof Document document) {
                        collect(document, equal);
                    }
                }
                continue;
            }
            if (field.startsWith("$")) {
                continue;
            }
            if (value instanceof Document operators) {
                if (operators.keySet().equals(Set.of("$eq"))) {
                    value = operators.get("$eq");
                } else if (operators.keySet().equals(Set.of("$in")) && operators.get("$in") instanceof Collection<?> in
                        && in.size() == 1) {
                    value = in.iterator().next();
                } else {
                    continue;
                }
            }
            if (plain(value)) {
                equal.putIfAbsent(field, value);
            }
        }
    }

    /** A value an equality matches by itself, not an array's element, a pattern, a document or null. */
    private static boolean plain(Object value) {
        return value != null && !(value instanceof Collection) && !(value instanceof Document) && !(value instanceof Pattern)
                && !(value instanceof de.bwaldvogel.mongo.bson.BsonRegularExpression)
                && !(value instanceof Map);
    }
}

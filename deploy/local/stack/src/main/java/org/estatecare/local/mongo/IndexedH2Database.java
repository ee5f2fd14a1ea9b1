package org.estatecare.local.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database whose collections keep the secondary indexes they are given ({@link OrderedIndex}) and plan queries
 * with them ({@link IndexedH2Collection}), and whose {@code countDocuments} is answered by the collection's count
 * rather than by running the aggregation over every document.
 */
final class IndexedH2Database extends H2Database {

    private final MVStore store;

    IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new OrderedIndex(indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // the maps H2Database opens for a collection (called from its constructor: no field of this class is set yet)
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = mvStore().openMap("databases." + fullName);
        MVMap<String, Object> meta = mvStore().openMap("meta." + fullName);
        return new IndexedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    private MVStore mvStore() {
        return store != null ? store : CONSTRUCTING.get();
    }

    /** The store of the database being constructed, for the collections its constructor opens. */
    static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                  Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate")) {
            Document counted = countDocuments(query);
            if (counted != null) {
                return counted;
            }
        }
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
    }

    /**
     * The answer to the pipeline the driver sends for {@code countDocuments}: {@code $match}, an optional
     * {@code $skip} and {@code $limit}, then {@code $group} of {@code _id: 1} with {@code n: {$sum: 1}}. Null for
     * any other pipeline, which the server runs as it is.
     */
    private Document countDocuments(Document query) {
        if (!(query.get("aggregate") instanceof String collectionName) || !(query.get("pipeline") instanceof List<?> pipeline)
                || pipeline.size() < 2 || pipeline.size() > 4 || query.containsKey("explain")) {
            return null;
        }
        if (!(pipeline.get(0) instanceof Document first) || first.size() != 1 || !(first.get("$match") instanceof Document match)) {
            return null;
        }
        int skip = 0;
        int limit = 0;
        for (Object stage : pipeline.subList(1, pipeline.size() - 1)) {
            if (!(stage instanceof Document step) || step.size() != 1) {
                return null;
            }
            if (whole(step.get("$skip")) > 0 && skip == 0 && limit == 0) {
                skip = (int) whole(step.get("$skip"));
            } else if (whole(step.get("$limit")) > 0 && limit == 0) {
                limit = (int) whole(step.get("$limit"));
            } else {
                return null;
            }
        }
        if (!(pipeline.get(pipeline.size() - 1) instanceof Document last) || last.size() != 1
                || !(last.get("$group") instanceof Document group) || !isCountGroup(group)) {
            return null;
        }
        if (!(resolveCollection(collectionName, false) instanceof IndexedH2Collection collection)) {
            return null;
        }
        long count = collection.countMatching(match, skip, limit);
        List<Document> batch = count == 0 ? List.of()
                : List.of(new Document("_id", group.get("_id")).append("n", count <= Integer.MAX_VALUE ? (Object) (int) count : count));
        Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName)).append("firstBatch", batch);
        Document response = new Document("cursor", cursor);
        Utils.markOkay(response);
        return response;
    }

    private static boolean isCountGroup(Document group) {
        return group.size() == 2 && whole(group.get("_id")) == 1
                && group.get("n") instanceof Document n && n.size() == 1 && whole(n.get("$sum")) == 1;
    }

    /** An int or long's value; -1 for anything else (a fraction, a document, nothing). */
    private static long whole(Object value) {
        return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : -1;
    }
}

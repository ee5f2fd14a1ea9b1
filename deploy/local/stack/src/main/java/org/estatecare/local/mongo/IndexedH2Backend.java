package org.estatecare.local.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with indexes that work: the secondary indexes the services declare are kept
 * and used to plan finds, sorts and counts (see {@link IndexedH2Collection}), so a page of a large collection
 * costs about what it costs on MongoDB, not a read and sort of the whole collection.
 */
public final class IndexedH2Backend extends H2Backend {

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** Pages kept read (in MB): a list's scan of 100,000 complaints reads them from memory, not the file. */
    private static final int CACHE_MB = 128;

    /** Data in {@code file}, kept across restarts. */
    public static IndexedH2Backend inFile(String file) {
        return new IndexedH2Backend(new MVStore.Builder().fileName(file).cacheSize(CACHE_MB).open());
    }

    /** Data in memory, gone with the server. */
    public static IndexedH2Backend inMemory() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        IndexedH2Database.CONSTRUCTING.set(getMvStore());
        try {
            return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
        } finally {
            IndexedH2Database.CONSTRUCTING.remove();
        }
    }
}

package org.estatecare.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.estatecare.local.mongo.IndexedH2Backend;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) on 127.0.0.1: file-backed (H2 MVStore) for
 * the local stack so data survives a restart, in memory for tests. It keeps and uses the indexes the services
 * declare, as MongoDB does ({@link IndexedH2Backend}). It has no transactions: the services never depend on them.
 */
public final class LocalMongo implements AutoCloseable {

    private final MongoServer server;
    private int port;

    private LocalMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.port = port;
    }

    /** A server whose data lives in {@code file} and survives restarts. */
    public static LocalMongo fileBacked(Path file, int port) {
        Ports.requireFree(port, "MongoDB wire server");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalMongo(IndexedH2Backend.inFile(file.toString()), port).bind();
    }

    /** An in-memory server on a port the system chooses free; its data ends with it. */
    public static LocalMongo inMemory() {
        return new LocalMongo(IndexedH2Backend.inMemory(), 0).bind();
    }

    private LocalMongo bind() {
        server.bind(Ports.LOOPBACK, port);
        port = server.getLocalAddress().getPort();
        return this;
    }

    public int port() {
        return port;
    }

    /** Connection string without a database: each service names its own database. */
    public String uri() {
        return "mongodb://" + Ports.LOOPBACK + ":" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}

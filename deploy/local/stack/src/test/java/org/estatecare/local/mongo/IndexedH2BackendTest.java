package org.estatecare.local.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexed backend answers every query as mongo-java-server's own in-memory backend does (the reference): the
 * same documents in the same order for a sort ending with {@code _id}, the same counts, before and after updates and
 * removals, and after the data is reopened from its file. Only the cost differs.
 */
class IndexedH2BackendTest {

    private static final List<String> STREETS = List.of("s0", "s1", "s2", "s3", "s4");
    private static final List<String> STATUSES = List.of("OPEN", "ASSIGNED", "CLOSED");

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    private MongoCollection<Document> collection(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        clients.add(client);
        MongoCollection<Document> collection = client.getDatabase("registry").getCollection("estate");
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("details.street"), Indexes.ascending("status")));
        collection.createIndex(Indexes.ascending("details.name"));
        collection.createIndex(Indexes.ascending("details.community"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("filedAt")));
        collection.createIndex(Indexes.descending("filedAt"));
        return collection;
    }

    private static Document randomDocument(Random random, int i) {
        Document details = new Document("street", pick(random, STREETS)).append("name", "Estate " + random.nextInt(40));
        if (random.nextInt(10) > 0) {
            details.append("community", "c" + random.nextInt(8));
        }
        Document document = new Document("_id", String.format("e-%04d", random.nextInt(100_000)) + "-" + i)
                .append("details", details)
                .append("status", pick(random, STATUSES))
                .append("households", random.nextBoolean() ? random.nextInt(50) : (double) random.nextInt(50));
        if (random.nextInt(8) > 0) {
            document.append("filedAt", new Date(1_700_000_000_000L + random.nextInt(30) * 86_400_000L));
        }
        return document;
    }

    private static Bson randomFilter(Random random) {
        List<Bson> conditions = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            conditions.add(Filters.eq("details.street", pick(random, STREETS)));
        }
        switch (random.nextInt(4)) {
            case 0 -> conditions.add(Filters.eq("status", pick(random, STATUSES)));
            case 1 -> conditions.add(Filters.in("status", pick(random, STATUSES)));
            case 2 -> conditions.add(Filters.in("status", pick(random, STATUSES), pick(random, STATUSES)));
            default -> { }
        }
        if (random.nextInt(4) == 0) {
            conditions.add(Filters.eq("details.community", "c" + random.nextInt(9)));
        }
        if (random.nextInt(5) == 0) {
            conditions.add(Filters.regex("details.name", "Estate 1"));
        }
        if (random.nextInt(5) == 0) {
            conditions.add(Filters.gte("households", random.nextInt(50)));
        }
        if (random.nextInt(6) == 0) {
            conditions.add(Filters.eq("details.name", "Estate " + random.nextInt(40)));
        }
        if (random.nextInt(8) == 0) {
            conditions.add(Filters.or(Filters.eq("status", "OPEN"), Filters.eq("details.street", "s1")));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        // as the services send a list's query: their caller's scope and the filter, in one $and
        return random.nextBoolean() ? Filters.and(new Document(), filter) : filter;
    }

    private static Document randomSort(Random random) {
        Document sort = new Document();
        switch (random.nextInt(6)) {
            case 0 -> sort.append("details.name", 1);
            case 1 -> sort.append("details.name", -1);
            case 2 -> sort.append("filedAt", -1);
            case 3 -> sort.append("filedAt", 1);
            case 4 -> sort.append("status", 1).append("filedAt", -1);
            default -> sort.append("households", -1);
        }
        return sort.append("_id", random.nextInt(4) == 0 ? -1 : 1);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter, Document sort, int skip, int limit) {
        return collection.find(filter).sort(sort).skip(skip).limit(limit).map(document -> document.get("_id")).into(new ArrayList<>());
    }

    private static void assertSameAnswers(MongoCollection<Document> reference, MongoCollection<Document> indexed, Random random,
                                          int queries) {
        for (int q = 0; q < queries; q++) {
            Bson filter = randomFilter(random);
            Document sort = randomSort(random);
            int skip = random.nextInt(3) == 0 ? random.nextInt(60) : 0;
            int limit = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(25);
            String asked = filter.toBsonDocument() + " sort " + sort.toJson() + " skip " + skip + " limit " + limit;
            assertThat(ids(indexed, filter, sort, skip, limit)).as(asked).isEqualTo(ids(reference, filter, sort, skip, limit));
            assertThat(indexed.countDocuments(filter)).as(asked).isEqualTo(reference.countDocuments(filter));
            assertThat(new HashSet<>(indexed.find(filter).map(document -> document.get("_id")).into(new ArrayList<>())))
                    .as(asked).isEqualTo(new HashSet<>(reference.find(filter).map(document -> document.get("_id")).into(new ArrayList<>())));
        }
    }

    private static void writeBoth(MongoCollection<Document> reference, MongoCollection<Document> indexed,
                                  Function<MongoCollection<Document>, ?> write) {
        write.apply(reference);
        write.apply(indexed);
    }

    @Test
    @DisplayName("finds, sorted pages and counts are those of the reference backend, also after updates and removals")
    void answersAsTheReference() {
        MongoCollection<Document> reference = collection(new MemoryBackend());
        MongoCollection<Document> indexed = collection(IndexedH2Backend.inMemory());
        Random random = new Random(17);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            documents.add(randomDocument(random, i));
        }
        reference.insertMany(documents.stream().map(d -> Document.parse(d.toJson())).toList());
        indexed.insertMany(documents);
        assertSameAnswers(reference, indexed, random, 400);

        for (int round = 0; round < 200; round++) {
            Object id = documents.get(random.nextInt(documents.size())).get("_id");
            switch (random.nextInt(4)) {
                case 0 -> writeBoth(reference, indexed, c -> c.updateOne(Filters.eq("_id", id), Updates.set("status", "CLOSED")));
                case 1 -> {
                    String street = pick(random, STREETS);
                    writeBoth(reference, indexed, c -> c.updateOne(Filters.eq("_id", id), Updates.set("details.street", street)));
                }
                case 2 -> writeBoth(reference, indexed, c -> c.deleteOne(Filters.eq("_id", id)));
                default -> {
                    Document replacement = randomDocument(random, 10_000 + round).append("_id", id);
                    writeBoth(reference, indexed, c -> c.replaceOne(Filters.eq("_id", id), Document.parse(replacement.toJson()),
                            new com.mongodb.client.model.ReplaceOptions().upsert(true)));
                }
            }
            if (round % 20 == 0) {
                assertSameAnswers(reference, indexed, random, 20);
            }
        }
        assertSameAnswers(reference, indexed, random, 200);
    }

    @Test
    @DisplayName("a sort that does not end with _id has its ties in _id order, as the reference's natural order, and an "
            + "unsorted find or single update picks what the reference picks")
    void tiesAndNaturalOrder() {
        MongoCollection<Document> reference = collection(new MemoryBackend());
        MongoCollection<Document> indexed = collection(IndexedH2Backend.inMemory());
        Random random = new Random(3);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(randomDocument(random, i));
        }
        documents.sort(java.util.Comparator.comparing(document -> document.getString("_id")));
        reference.insertMany(documents.stream().map(d -> Document.parse(d.toJson())).toList());
        indexed.insertMany(documents);
        for (Document sort : List.of(new Document("details.name", 1), new Document("details.name", -1), new Document("filedAt", -1),
                new Document("status", 1).append("filedAt", -1), new Document("households", 1))) {
            for (Bson filter : List.of(new Document(), Filters.eq("status", "OPEN"), Filters.eq("details.street", "s1"))) {
                assertThat(ids(indexed, filter, sort, 5, 17)).as(filter + " " + sort.toJson())
                        .isEqualTo(ids(reference, filter, sort, 5, 17));
            }
        }
        assertThat(indexed.find(Filters.eq("status", "OPEN")).limit(7).map(d -> d.get("_id")).into(new ArrayList<>()))
                .isEqualTo(reference.find(Filters.eq("status", "OPEN")).limit(7).map(d -> d.get("_id")).into(new ArrayList<>()));
        writeBoth(reference, indexed, c -> c.updateOne(Filters.eq("status", "OPEN"), Updates.set("status", "TAKEN")));
        assertThat(indexed.find(Filters.eq("status", "TAKEN")).map(d -> d.get("_id")).into(new ArrayList<>()))
                .isEqualTo(reference.find(Filters.eq("status", "TAKEN")).map(d -> d.get("_id")).into(new ArrayList<>()));
    }

    @Test
    @DisplayName("a count follows every write: one kept for a filter is never answered after the collection changed")
    void countsFollowWrites() {
        MongoCollection<Document> indexed = collection(IndexedH2Backend.inMemory());
        Bson open = Filters.and(new Document(), Filters.eq("status", "OPEN"));
        assertThat(indexed.countDocuments(open)).isZero();
        indexed.insertOne(new Document("_id", "a").append("status", "OPEN"));
        assertThat(indexed.countDocuments(open)).isEqualTo(1);
        indexed.insertOne(new Document("_id", "b").append("status", "OPEN"));
        assertThat(indexed.countDocuments(open)).isEqualTo(2);
        indexed.updateOne(Filters.eq("_id", "a"), Updates.set("status", "CLOSED"));
        assertThat(indexed.countDocuments(open)).isEqualTo(1);
        indexed.deleteOne(Filters.eq("_id", "b"));
        assertThat(indexed.countDocuments(open)).isZero();
    }

    @Test
    @DisplayName("an index that meets an array is no longer used to plan, and its queries still answer as the reference")
    void arraysOnAnIndexedPath() {
        MongoCollection<Document> reference = collection(new MemoryBackend());
        MongoCollection<Document> indexed = collection(IndexedH2Backend.inMemory());
        List<Document> documents = List.of(
                new Document("_id", "a").append("status", List.of("OPEN", "CLOSED")).append("filedAt", new Date(3)),
                new Document("_id", "b").append("status", "OPEN").append("filedAt", new Date(2)),
                new Document("_id", "c").append("status", "CLOSED").append("filedAt", List.of(new Date(1), new Date(5))));
        reference.insertMany(documents.stream().map(d -> new Document(d)).toList());
        indexed.insertMany(documents);
        for (Bson filter : List.of(Filters.eq("status", "OPEN"), Filters.eq("status", "CLOSED"), new Document())) {
            for (Document sort : List.of(new Document("filedAt", -1).append("_id", 1), new Document("status", 1).append("_id", 1))) {
                assertThat(ids(indexed, filter, sort, 0, 0)).isEqualTo(ids(reference, filter, sort, 0, 0));
            }
            assertThat(indexed.countDocuments(filter)).isEqualTo(reference.countDocuments(filter));
        }
    }

    @Test
    @DisplayName("reopened from its file, the data is indexed again and answers as before")
    void reopened() {
        String file = folder.resolve("registry.mv").toString();
        IndexedH2Backend first = IndexedH2Backend.inFile(file);
        MongoCollection<Document> indexed = collection(first);
        Random random = new Random(5);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(randomDocument(random, i));
        }
        indexed.insertMany(documents);
        Document sort = new Document("details.name", 1).append("_id", 1);
        Bson filter = Filters.and(new Document(), Filters.eq("details.street", "s2"));
        List<Object> before = ids(indexed, filter, sort, 3, 10);
        long count = indexed.countDocuments(filter);
        clients.remove(clients.size() - 1).close();
        servers.remove(servers.size() - 1).shutdownNow();

        MongoCollection<Document> again = collection(IndexedH2Backend.inFile(file));
        assertThat(ids(again, filter, sort, 3, 10)).hasSize(10).isEqualTo(before);
        assertThat(again.countDocuments(filter)).isEqualTo(count);
        MongoCollection<Document> reference = collection(new MemoryBackend());
        reference.insertMany(again.find().into(new ArrayList<>()));
        assertSameAnswers(reference, again, random, 100);
    }
}

package org.estatecare.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Redelivered and out-of-order events leave a projection as the newest event made it. */
class SequenceGuardTest {

    static final MongoClient CLIENT = MongoClients.create(TestInfrastructure.shared().mongo().uri());
    static final MongoTemplate MONGO = new MongoTemplate(CLIENT, "kit-sequence-guard");
    final SequenceGuard guard = new SequenceGuard(MONGO);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void appliesEachNewerEventOnceAndIgnoresRedeliveryAndOlderOnes() {
        String id = "estate-" + System.nanoTime();

        assertThat(guard.applyIfNewer("projection", id, 1, new Update().set("status", "REGISTERED"))).isTrue();
        assertThat(guard.applyIfNewer("projection", id, 3, new Update().set("status", "EXITED"))).isTrue();
        assertThat(guard.applyIfNewer("projection", id, 3, new Update().set("status", "EXITED-AGAIN"))).isFalse();
        assertThat(guard.applyIfNewer("projection", id, 2, new Update().set("status", "INCLUDED"))).isFalse();

        Document projection = MONGO.findById(id, Document.class, "projection");
        assertThat(projection.getString("status")).isEqualTo("EXITED");
        assertThat(projection.getLong(SequenceGuard.LAST_SEQUENCE)).isEqualTo(3L);
    }

    @Test
    void theFirstEventSeenMayHaveAnySequence() {
        String id = "estate-" + System.nanoTime();

        assertThat(guard.applyIfNewer("projection", id, 5, new Update().set("status", "INCLUDED"))).isTrue();
        assertThat(guard.applyIfNewer("projection", id, 4, new Update().set("status", "FILED"))).isFalse();
    }
}

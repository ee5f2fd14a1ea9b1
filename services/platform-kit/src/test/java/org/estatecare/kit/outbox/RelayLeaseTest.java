package org.estatecare.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** With two replicas, one relay publishes; the other takes over when the first stops renewing. */
class RelayLeaseTest {

    static final MongoClient CLIENT = MongoClients.create(TestInfrastructure.shared().mongo().uri());

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void oneHolderAtATimeAndTakeoverAfterExpiry() {
        MongoTemplate mongo = new MongoTemplate(CLIENT, "kit-lease-" + System.nanoTime());
        Instant start = Instant.parse("2026-11-25T00:00:00Z");
        RelayLease first = new RelayLease(mongo, Clock.fixed(start, ZoneOffset.UTC), Duration.ofSeconds(30));
        RelayLease secondNow = new RelayLease(mongo, Clock.fixed(start.plusSeconds(10), ZoneOffset.UTC), Duration.ofSeconds(30));

        assertThat(first.acquire()).isTrue();
        assertThat(first.acquire()).as("renewal").isTrue();
        assertThat(secondNow.acquire()).isFalse();

        RelayLease secondLater = new RelayLease(mongo, Clock.fixed(start.plusSeconds(31), ZoneOffset.UTC), Duration.ofSeconds(30));
        assertThat(secondLater.acquire()).isTrue();
        assertThat(first.acquire()).as("the old holder lost it").isFalse();

        secondLater.release();
        assertThat(first.acquire()).isTrue();
    }
}

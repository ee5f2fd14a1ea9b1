package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.estatecare.subsidies.ledger.Ledger;
import org.estatecare.subsidies.ledger.LedgerEntry;
import org.estatecare.subsidies.ledger.LedgerKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ledger on a real MongoDB-wire server, appended to by many writers at once as replicas would. */
class LedgerIT extends SubsidiesIntegrationTest {

    @Test
    @DisplayName("R-SUB-3: writers appending at once never fork the chain: every entry has its own place after the one before")
    void concurrentAppendsKeepOneChain() throws Exception {
        // a ledger of its own, so the service's verification (RunIT) sees only the service's entries
        Ledger ledger = new Ledger(mongo, "ledger_" + UUID.randomUUID().toString().substring(0, 8));
        long before = ledger.size();
        String run = "run-ledger-" + UUID.randomUUID().toString().substring(0, 8);
        int writers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<LedgerEntry>>> appended = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String street = "street-" + w;
            appended.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                List<LedgerEntry> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(ledger.appendOnce(new LedgerEntry.Draft(LedgerKind.ALLOCATED, run + "-" + i, "2025-01", street,
                            new BigDecimal("100.00"), 1, "digest", null, "admin2", Instant.now())));
                }
                return mine;
            }, pool));
        }
        start.countDown();
        List<LedgerEntry> all = new ArrayList<>();
        for (CompletableFuture<List<LedgerEntry>> writer : appended) {
            all.addAll(writer.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(writers * each);
        assertThat(all).extracting(LedgerEntry::sequence).doesNotHaveDuplicates();
        assertThat(ledger.size()).isEqualTo(before + writers * each);
        List<LedgerEntry> chain = ledger.entries(1, Integer.MAX_VALUE);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).sequence()).isEqualTo(chain.get(i - 1).sequence() + 1);
            assertThat(chain.get(i).previousHash()).isEqualTo(chain.get(i - 1).hash());
            assertThat(chain.get(i).computedHash()).isEqualTo(chain.get(i).hash());
        }
        // appending the same street's approval of the same run again records nothing new
        LedgerEntry again = ledger.appendOnce(new LedgerEntry.Draft(LedgerKind.ALLOCATED, run + "-0", "2025-01", "street-0",
                new BigDecimal("100.00"), 1, "digest", null, "admin2", Instant.now()));
        assertThat(ledger.size()).isEqualTo(before + writers * each);
        assertThat(all).extracting(LedgerEntry::sequence).contains(again.sequence());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.estatecare.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time from an estate's exit, as the registry answered it, to the first read of its agreement that
 * shows it ended (TERMINATED, by the estates.v1 event the agreements service consumes). The agreement is
 * read every poll interval, so a sample is late by at most one interval and one read.
 */
final class Propagation {

    private final List<Long> millis = new ArrayList<>();
    private final AtomicInteger notEnded = new AtomicInteger();

    synchronized void ended(long elapsedMillis) {
        millis.add(elapsedMillis);
    }

    void notEnded() {
        notEnded.incrementAndGet();
    }

    /** Nearest-rank percentile of the samples, -1 without any. */
    synchronized long percentile(double p) {
        if (millis.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    synchronized int samples() {
        return millis.size();
    }

    String summary(long pollMillis) {
        return String.format(Locale.ROOT, "exit to agreement ended: %d samples, p50 %d ms, p99 %d ms, max %d ms, "
                + "%d not ended in time (poll every %d ms)", samples(), percentile(50), percentile(99), percentile(100),
                notEnded.get(), pollMillis);
    }

    /** The samples and their percentiles as JSON, for the script's table. */
    synchronized void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.format(Locale.ROOT,
                "{\"samples\": %d, \"p50\": %d, \"p99\": %d, \"max\": %d, \"notEnded\": %d, \"millis\": %s}%n",
                millis.size(), percentile(50), percentile(99), percentile(100), notEnded.get(), millis));
    }
}

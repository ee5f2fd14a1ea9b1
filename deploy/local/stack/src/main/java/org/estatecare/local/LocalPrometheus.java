package org.estatecare.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Prometheus (Debian package {@code prometheus}) scraping the local stack with the platform's
 * alert rules, for people who want to see the metrics without Docker. Job names are the service names,
 * as in docker-compose and Kubernetes, so the alerts and dashboards' queries work unchanged.
 */
final class LocalPrometheus implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalPrometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it with one scrape job per {@code targets} entry (job → host:port) and waits until it is ready. */
    static LocalPrometheus start(Path binary, Path dir, int port, Map<String, String> targets, Path rules) {
        try {
            Files.createDirectories(dir.resolve("data"));
            Path config = dir.resolve("prometheus.yml");
            Files.writeString(config, config(targets, rules));
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=" + Ports.LOOPBACK + ":" + port,
                    "--storage.tsdb.retention.time=2d"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            Orphans.killWhenGone(ProcessHandle.current().pid(), process.pid());
            LocalPrometheus prometheus = new LocalPrometheus(process, port);
            prometheus.awaitReady(Duration.ofSeconds(60));
            return prometheus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String config(Map<String, String> targets, Path rules) {
        StringBuilder yaml = new StringBuilder("""
                # written by the local launcher
                global:
                  scrape_interval: 15s
                  evaluation_interval: 15s
                rule_files:
                  - %s
                scrape_configs:
                """.formatted(rules.toAbsolutePath()));
        targets.forEach((job, target) -> yaml.append("""
                  - job_name: %s
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: ['%s']
                        # the alerts and dashboards keep environments apart by namespace
                        labels: {namespace: local}
                """.formatted(job, target)));
        return yaml.toString();
    }

    String url() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + " (see prometheus.log)");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/-/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("prometheus not ready within " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.estatecare.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker + controller), started from the Apache
 * Kafka jars in its own JVM and listening on 127.0.0.1 only. Its data directory survives
 * {@link #stop()} so {@link #start()} brings the same broker back with its topics and offsets.
 */
public final class LocalKafka implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "org/estatecare/local/kafka-classpath.txt";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private boolean classDataArchive;
    private Optional<Path> archiveWrittenAtExit = Optional.empty();
    private Process process;

    public LocalKafka(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts the broker with a class-data archive in its data folder, written as it stops the first time and mapped
     * by later starts: for a data folder kept from one start to the next.
     */
    public LocalKafka withClassDataArchive() {
        classDataArchive = true;
        return this;
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts the broker (formatting its storage on first use) and returns once it answers. */
    public synchronized LocalKafka start() {
        if (isRunning()) {
            return this;
        }
        Ports.requireFree(port, "Kafka broker");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig();
            if (!Files.exists(logDir().resolve("meta.properties"))) {
                format(config);
            }
            process = java(List.of("kafka.Kafka", config.toString()), dataDir.resolve("kafka.out"));
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker gracefully (SIGTERM), keeping its data for the next {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        JavaProcesses.stop(process, Duration.ofSeconds(30), archiveWrittenAtExit);
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Path logDir() {
        return dataDir.resolve("log");
    }

    private Path writeConfig() throws IOException {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", Ports.LOOPBACK + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port + ",CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + Ports.LOOPBACK + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir().toString());
        p.put("num.partitions", "3");
        // as in production: every topic is declared by the services that use it, none appears on first use
        p.put("auto.create.topics.enable", "false");
        // one node: internal topics with one replica and few partitions start fast
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        Path file = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "EstateCare local Kafka broker (KRaft)");
        }
        return file;
    }

    private void format(Path config) throws IOException {
        Process formatter = java(List.of("kafka.tools.StorageTool", "format", "--standalone",
                "-t", clusterId(), "-c", config.toString()), dataDir.resolve("format.out"));
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("Kafka storage format failed: " + Files.readString(dataDir.resolve("format.out")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /** A KRaft cluster id as Kafka makes them (never starting with '-', never a reserved id). */
    private static String clusterId() {
        return Uuid.randomUuid().toString();
    }

    private Process java(List<String> mainAndArgs, Path output) throws IOException {
        // the client compiler only: a broker for one machine's tests and stack starts in a fraction of the CPU
        List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true"));
        String brokerClasspath = brokerClasspath();
        if (classDataArchive && mainAndArgs.get(0).equals("kafka.Kafka")) {
            List<Path> classpath = new ArrayList<>(List.of(JavaProcesses.watcherJar(dataDir)));
            for (String jar : brokerClasspath.split(File.pathSeparator)) {
                classpath.add(Path.of(jar));
            }
            List<String> archive = ExtractedJar.classDataOptions(dataDir, classpath);
            options.addAll(archive);
            archiveWrittenAtExit = ExtractedJar.writtenAtExit(archive);
        }
        List<String> command = JavaProcesses.command(dataDir, options, brokerClasspath, mainAndArgs.get(0),
                mainAndArgs.subList(1, mainAndArgs.size()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    private static String brokerClasspath() {
        try (InputStream in = LocalKafka.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " not found: build the project first (./mvnw install)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue()
                        + "; see " + dataDir.resolve("kafka.out"));
            }
            if (!Ports.inUse(port)) {
                sleep(100);
                continue;
            }
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Kafka broker not ready within " + READY_TIMEOUT, last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }
}

package org.estatecare.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A real Keycloak from its Maven Central distribution, in development mode on 127.0.0.1, importing
 * the realm {@code estatecare} as code ({@code deploy/keycloak}) together with the development users.
 * Its database lives in the given data folder. Needs Java 21+ ({@link #javaHome()}).
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "estatecare";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path home;
    private final Path dataDir;
    private final int port;
    private final int managementPort;
    private final Path javaHome;
    private List<String> javaOptions = List.of();
    private Process process;

    private LocalKeycloak(Path home, Path dataDir, int port, int managementPort, Path javaHome) {
        this.home = home;
        this.dataDir = dataDir;
        this.port = port;
        this.managementPort = managementPort;
        this.javaHome = javaHome;
    }

    /**
     * A Keycloak for this machine serving on {@code port}, its health on {@code managementPort} (Keycloak's
     * own default, 9000, would clash with any other Keycloak here), or empty (with the reason in
     * {@link #unavailableReason()}) when no Java 21+ exists.
     */
    public static Optional<LocalKeycloak> create(Path dataDir, int port, int managementPort) {
        return javaHome().map(java -> new LocalKeycloak(distribution(), dataDir, port, managementPort, java));
    }

    public static Optional<Path> javaHome() {
        return Jdks.find(21);
    }

    public static String unavailableReason() {
        return "Keycloak needs Java 21 or newer and none was found: install one (e.g. Debian's openjdk-21-jdk or "
                + "Temurin 25) or point " + Jdks.OVERRIDE + " at it";
    }

    /**
     * Starts this Keycloak with a class-data archive in its data folder (written as it stops the first time, mapped
     * by later starts) and the client compiler only, as the local stack's other JVMs: its start then takes a fraction
     * of the CPU it shares with them.
     */
    public LocalKeycloak withFastStart() {
        javaOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive",
                // remade by the JVM when it cannot use it (another JDK, a part left by a killed run); quoted, as kc.sh
                // splits its options on spaces (xargs) and takes quotes away
                "-XX:SharedArchiveFile=\"" + dataDir.toAbsolutePath().resolve("classes.jsa") + "\"",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        return this;
    }

    public String issuer() {
        return "http://" + Ports.LOOPBACK + ":" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts Keycloak (the very first start builds it, ~25 s) and returns once the realm answers. */
    public synchronized LocalKeycloak start() {
        Ports.requireFree(port, "Keycloak");
        Ports.requireFree(managementPort, "Keycloak management interface");
        try {
            Files.createDirectories(dataDir);
            writeRealmImport();
            buildOnce();
            // an optimized start never writes to the distribution, so several can share it
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--hostname-strict=false",
                    "--http-host=" + Ports.LOOPBACK, "--http-port=" + port, "--import-realm",
                    "--http-management-host=" + Ports.LOOPBACK, "--http-management-port=" + managementPort,
                    // one node: no cluster to look for (a distributed cache would wait for the last run's node)
                    "--cache=local",
                    "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb")
                            + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE",
                    "--log-level=WARN"));
            ProcessBuilder keycloak = kc(command, dataDir.resolve("keycloak.log"));
            if (!javaOptions.isEmpty()) {
                keycloak.environment().put("JAVA_OPTS_APPEND", String.join(" ", javaOptions));
            }
            process = keycloak.start();
            watchParent();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the distribution for this configuration once (about 25 s), under a file lock so the
     * launcher and a test JVM never build it at the same time.
     */
    private void buildOnce() throws IOException {
        Path marker = home.resolve(".estatecare-built");
        try (var channel = java.nio.channels.FileChannel.open(home.resolve(".estatecare-build.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            if (Files.exists(marker)) {
                return;
            }
            Process build = kc(List.of(home.resolve("bin/kc.sh").toString(), "build", "--db=dev-file",
                    "--health-enabled=true", "--cache=local"), dataDir.resolve("keycloak-build.log")).start();
            if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
                throw new IllegalStateException("Keycloak build failed; see " + dataDir.resolve("keycloak-build.log"));
            }
            Files.writeString(marker, "built for EstateCare: dev-file database, health, local cache\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    private ProcessBuilder kc(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // plain HTTP on the loopback interface only
        env.put("ESTATECARE_SSL_REQUIRED", "none");
        return builder;
    }

    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * kc.sh runs Keycloak in a JVM we cannot hand our watchdog to: a shutdown hook stops it with us, and
     * a shell watcher stops it even if we are killed outright.
     */
    private void watchParent() {
        Process started = process;
        Orphans.killWhenGone(ProcessHandle.current().pid(), started.pid());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started.isAlive()) {
                started.descendants().forEach(ProcessHandle::destroy);
                started.destroy();
            }
        }, "keycloak-stop"));
    }

    /**
     * The realm as code plus the development users and clients, as one import file under Keycloak's
     * data/import (Keycloak imports every file there as a whole realm).
     */
    private void writeRealmImport() throws IOException {
        Map<String, Object> realm = RealmFiles.merged();
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Path staged = Files.createTempFile(importDir, REALM, ".tmp");
        Files.writeString(staged, JSONObjectUtils.toJSONString(realm));
        Files.move(staged, importDir.resolve(REALM + "-realm.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitReady() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("keycloak.log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
        }
        throw new IllegalStateException("Keycloak not ready within " + READY_TIMEOUT + "; see " + dataDir.resolve("keycloak.log"));
    }

    private static Path distribution() {
        Path home = Path.of(resource("keycloak-home.txt").trim());
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak distribution missing at " + home + ": build first (./mvnw install)");
        }
        return home;
    }

    private static String resource(String name) {
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not found on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

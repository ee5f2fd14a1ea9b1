package org.estatecare.local;

import java.io.IOException;
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
import java.util.Optional;

/** One EstateCare service started from its executable jar in its own JVM (ends with the process that started it). */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final Path extractTo;
    private Optional<Path> archiveWrittenAtExit = Optional.empty();
    private final int port;
    private final int managementPort;
    private final Path log;
    private Process process;

    /** Serving its API on {@code port} and its actuators (health, metrics) on {@code managementPort}. */
    public ServiceProcess(String name, Path jar, int port, int managementPort, Path log) {
        this(name, jar, null, port, managementPort, log);
    }

    /**
     * As above, started from the jar unpacked under {@code extractTo} with a class-data archive ({@link ExtractedJar}):
     * for a folder kept from one start to the next.
     */
    public ServiceProcess(String name, Path jar, Path extractTo, int port, int managementPort, Path log) {
        this.name = name;
        this.jar = jar;
        this.extractTo = extractTo;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public void start(Map<String, String> environment) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests install");
        }
        Ports.requireFree(port, name);
        Ports.requireFree(managementPort, name + " (actuators)");
        Files.createDirectories(log.getParent());
        List<String> jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        String classpath;
        String mainClass;
        if (extractTo == null) {
            // Boot's launcher finds the application inside the jar it was loaded from
            classpath = jar.toString();
            mainClass = "org.springframework.boot.loader.launch.JarLauncher";
        } else {
            ExtractedJar.Launch launch = new ExtractedJar(jar, extractTo).prepare(List.of(JavaProcesses.watcherJar(log.getParent())));
            classpath = launch.classpath();
            mainClass = launch.mainClass();
            jvmOptions.addAll(launch.jvmOptions());
            archiveWrittenAtExit = ExtractedJar.writtenAtExit(launch.jvmOptions());
        }
        List<String> command = new ArrayList<>(JavaProcesses.command(log.getParent(), jvmOptions, classpath, mainClass, List.of()));
        if (extractTo != null) {
            // a little behind the identity provider, which starts beside them and which the demo data waits for too
            Executables.onPath("nice").ifPresent(nice -> command.addAll(0, List.of(nice.toString(), "-n", "5")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
        process = builder.start();
    }

    /** Waits until the service reports ready on its readiness probe. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        URI readiness = URI.create("http://" + Ports.LOOPBACK + ":" + managementPort + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        JavaProcesses.stop(process, Duration.ofSeconds(20), archiveWrittenAtExit);
    }

    @Override
    public void close() {
        stop();
    }
}

package org.estatecare.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.estatecare.local.Deployables;
import org.estatecare.local.Deployables.Deployable;
import org.estatecare.local.Ports;
import org.estatecare.local.ServiceProcess;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack starts each service from its jar unpacked into the data folder: the first run writes a class-data
 * archive as it stops, the next one starts from it, and a new build of the jar is unpacked again.
 */
class ExtractedStartIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final Deployable REGISTRY = Deployables.of(Path.of("..")).services().stream()
            .filter(service -> service.name().equals("estate-registry")).findFirst().orElseThrow();

    @TempDir
    Path data;

    ServiceProcess registry(Path jar) {
        return new ServiceProcess(REGISTRY.name(), jar, data.resolve("apps").resolve(REGISTRY.name()), Ports.free(), Ports.free(),
                data.resolve("logs").resolve(REGISTRY.name() + ".log"));
    }

    Map<String, String> environment() {
        String run = "extracted-start-" + System.nanoTime();
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", INFRA.kafka().bootstrapServers(), "MONGODB_URI", INFRA.mongo().uri(),
                "MONGODB_DATABASE", run, "SPRING_KAFKA_CONSUMER_GROUP_ID", run,
                // fetched on a token's first use, which this test makes none of
                "OAUTH2_ISSUER_URI", "http://127.0.0.1:" + Ports.free() + "/realms/estatecare",
                "MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
    }

    List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("apps").resolve(REGISTRY.name()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    static String mappedFiles(long pid) throws IOException {
        return Files.readString(Path.of("/proc", Long.toString(pid), "maps"));
    }

    @Test
    void theSecondStartMapsTheArchiveTheFirstWroteAndANewBuildIsUnpackedAgain() throws Exception {
        Path jar = data.resolve(REGISTRY.jar(Path.of("..")).getFileName());
        Files.copy(REGISTRY.jar(Path.of("..")), jar);

        try (ServiceProcess first = registry(jar)) {
            first.start(environment());
            first.awaitReady(Duration.ofMinutes(2));
            assertThat(archives()).as("written only as the JVM ends").isEmpty();
        }
        assertThat(archives()).singleElement().satisfies(archive -> assertThat(Files.size(archive)).isPositive());
        Path archive = archives().get(0);

        try (ServiceProcess second = registry(jar)) {
            second.start(environment());
            second.awaitReady(Duration.ofMinutes(2));
            assertThat(mappedFiles(second.pid())).contains(archive.toString());
        }

        // a new build of the jar: unpacked again, its old archive gone with the old classes
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        try (ServiceProcess rebuilt = registry(jar)) {
            rebuilt.start(environment());
            rebuilt.awaitReady(Duration.ofMinutes(2));
            assertThat(archives()).isEmpty();
            assertThat(ProcessHandle.of(rebuilt.pid()).orElseThrow().info().arguments().orElseThrow())
                    .as("writing a new archive as it ends").contains("-XX:ArchiveClassesAtExit=" + archive);
        }
        assertThat(archives()).hasSize(1);
    }
}

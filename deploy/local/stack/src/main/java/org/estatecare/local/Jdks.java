package org.estatecare.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a JDK of at least a given feature version: Keycloak needs 21+, the services run on 17+. */
final class Jdks {

    static final String OVERRIDE = "ESTATECARE_KEYCLOAK_JAVA_HOME";

    private Jdks() {
    }

    /**
     * In order: {@code ESTATECARE_KEYCLOAK_JAVA_HOME}, {@code JAVA_HOME}, the running Java, then the
     * newest JDK under {@code /usr/lib/jvm} or {@code /opt/java}.
     */
    static Optional<Path> find(int minimumFeature) {
        List<Path> candidates = new ArrayList<>();
        env(OVERRIDE).ifPresent(candidates::add);
        env("JAVA_HOME").ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/opt/java", System.getProperty("user.home") + "/.sdkman/candidates/java")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> jdks = Files.list(dir)) {
                    jdks.sorted(Comparator.comparingInt(Jdks::feature).reversed()).forEach(candidates::add);
                } catch (IOException ignored) {
                    // not readable: skip
                }
            }
        }
        return candidates.stream().filter(home -> feature(home) >= minimumFeature
                && Files.isExecutable(home.resolve("bin/java"))).findFirst();
    }

    /** The feature version from the JDK's {@code release} file (e.g. 25), or 0. */
    static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try (var in = Files.newBufferedReader(release)) {
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            return Integer.parseInt(version.split("[.\\-+]")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Path> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}

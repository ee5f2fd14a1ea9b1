package org.estatecare.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every module under services/ is on this module's classpath, so the architecture rules see it. */
class ServicesAreCoveredTest {

    @Test
    void everyServicesTopPackageIsImported() throws IOException {
        List<String> packages;
        try (Stream<Path> roots = Files.list(Path.of("..", "services"))) {
            packages = roots.map(module -> module.resolve("src/main/java/org/estatecare"))
                    .filter(Files::isDirectory)
                    .flatMap(ServicesAreCoveredTest::children)
                    .map(dir -> "org.estatecare." + dir.getFileName())
                    .toList();
        }
        assertThat(packages).contains("org.estatecare.registry", "org.estatecare.kit", "org.estatecare.events");

        for (String pkg : packages) {
            assertThat(ArchitectureTest.CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("%s is not on the classpath of architecture-tests: add its module as a dependency", pkg)
                    .isTrue();
        }
    }

    private static Stream<Path> children(Path dir) {
        try {
            return Files.list(dir).filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

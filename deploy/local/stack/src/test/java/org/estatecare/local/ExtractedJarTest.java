package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a JVM of the stack maps its class-data archive and when it writes it again. */
class ExtractedJarTest {

    @TempDir
    Path dir;

    Path archive() {
        return dir.resolve("classes-java" + Runtime.version().feature() + "-" + Runtime.version() + ".jsa");
    }

    Path file(String name, long millis) throws Exception {
        Path file = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
        return file;
    }

    @Test
    void withoutAnArchiveTheJvmWritesOneAsItEnds() throws Exception {
        Path jar = file("app.jar", 1_000_000);

        assertThat(ExtractedJar.classDataOptions(dir, List.of(jar))).first().isEqualTo("-XX:ArchiveClassesAtExit=" + archive());
    }

    @Test
    void anArchiveNewerThanEveryJarIsMapped() throws Exception {
        Path jar = file("app.jar", 1_000_000);
        Path watcher = file("watcher.jar", 2_000_000);
        Files.writeString(archive(), "archive");
        Files.setLastModifiedTime(archive(), FileTime.fromMillis(3_000_000));

        assertThat(ExtractedJar.classDataOptions(dir, List.of(watcher, jar))).first().isEqualTo("-XX:SharedArchiveFile=" + archive());
        assertThat(archive()).exists();
    }

    @Test
    void anArchiveOlderThanAJarOfTheClassPathIsMadeAgainRatherThanIgnoredForever() throws Exception {
        Path jar = file("app.jar", 1_000_000);
        Files.writeString(archive(), "archive");
        Files.setLastModifiedTime(archive(), FileTime.fromMillis(3_000_000));
        Path watcher = file("watcher.jar", 4_000_000);

        assertThat(ExtractedJar.classDataOptions(dir, List.of(watcher, jar))).first().isEqualTo("-XX:ArchiveClassesAtExit=" + archive());
        assertThat(archive()).doesNotExist();
    }

    @Test
    void anEmptyArchiveLeftByAnInterruptedStopIsMadeAgain() throws Exception {
        Path jar = file("app.jar", 1_000_000);
        Files.createFile(archive());

        assertThat(ExtractedJar.classDataOptions(dir, List.of(jar))).first().isEqualTo("-XX:ArchiveClassesAtExit=" + archive());
    }
}

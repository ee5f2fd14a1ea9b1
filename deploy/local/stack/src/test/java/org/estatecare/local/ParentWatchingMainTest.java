package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM of the local stack ends when the process that started it is gone, however it went. */
class ParentWatchingMainTest {

    /** Stands in for a broker or a service: runs until stopped. */
    public static final class RunsForever {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void childEndsSoonAfterItsParentIsKilled(@TempDir Path dir) throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        List<String> command = JavaProcesses.command(dir, List.of("-Xmx32m"), System.getProperty("java.class.path"),
                RunsForever.class.getName(), List.of());
        command.replaceAll(part -> part.startsWith("-D" + ParentWatchingMain.PARENT_PID)
                ? "-D" + ParentWatchingMain.PARENT_PID + "=" + parent.pid() : part);
        Process child = new ProcessBuilder(command).inheritIO().start();
        try {
            assertThat(child.waitFor(2, TimeUnit.SECONDS)).as("child runs while its parent lives").isFalse();

            parent.destroyForcibly().waitFor();

            assertThat(child.waitFor(15, TimeUnit.SECONDS)).as("child gone after its parent").isTrue();
        } finally {
            child.destroyForcibly();
            parent.destroyForcibly();
        }
    }

    @Test
    void theWatcherIsAJarWrittenOnceSoThatAClassDataArchiveOfTheChildStaysValid(@TempDir Path dir) throws Exception {
        List<String> first = JavaProcesses.command(dir, List.of(), "app.jar", "Main", List.of());
        Path watcher = dir.resolve("watcher.jar");
        FileTime written = Files.getLastModifiedTime(watcher);
        Files.setLastModifiedTime(watcher, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(watcher);

        List<String> second = JavaProcesses.command(dir, List.of(), "app.jar", "Main", List.of());

        // a class-data archive takes jars only, and holds each to its size and time
        assertThat(first.get(first.indexOf("-cp") + 1)).isEqualTo(watcher + File.pathSeparator + "app.jar");
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(watcher)).isEqualTo(before);
        try (JarFile jar = new JarFile(watcher.toFile())) {
            assertThat(jar.getEntry(ParentWatchingMain.class.getName().replace('.', '/') + ".class")).isNotNull();
        }
    }
}

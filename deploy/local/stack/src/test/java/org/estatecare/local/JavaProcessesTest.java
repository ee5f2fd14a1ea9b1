package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a child JVM of the stack is stopped, and what is left of a class-data archive it was writing. */
class JavaProcessesTest {

    @TempDir
    Path dir;

    /** A process that ignores SIGTERM, as a JVM still writing its archive does for a while. */
    private static Process stubborn() throws Exception {
        Process process = new ProcessBuilder("sh", "-c", "trap '' TERM; echo up; while :; do sleep 0.1; done").start();
        assertThat(new String(process.getInputStream().readNBytes(3))).isEqualTo("up\n");
        return process;
    }

    @Test
    void aProcessThatEndsOnSigtermKeepsTheArchiveItWrote() throws Exception {
        Path archive = Files.writeString(dir.resolve("classes.jsa"), "archive");
        Process process = new ProcessBuilder("sh", "-c", "echo up; exec sleep 60").start();
        assertThat(new String(process.getInputStream().readNBytes(3))).isEqualTo("up\n");

        JavaProcesses.stop(process, Duration.ofSeconds(5), Optional.of(archive));

        assertThat(process.isAlive()).isFalse();
        assertThat(archive).hasContent("archive");
    }

    @Test
    void aProcessKilledWhileWritingItsArchiveLeavesNoPartOfIt() throws Exception {
        Path part = Files.writeString(dir.resolve("classes.jsa"), "part");
        Process process = stubborn();

        JavaProcesses.stop(process, Duration.ofMinutes(5), Optional.of(part), Duration.ofMillis(300));

        assertThat(process.isAlive()).isFalse();
        assertThat(part).doesNotExist();
    }

    @Test
    void aProcessWritingNoArchiveIsKilledOnceItsGraceIsOver() throws Exception {
        Process process = stubborn();
        long started = System.nanoTime();

        JavaProcesses.stop(process, Duration.ofMillis(300), Optional.empty(), Duration.ofMinutes(5));

        assertThat(process.isAlive()).isFalse();
        // its own grace, not the archive writer's five minutes
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }
}

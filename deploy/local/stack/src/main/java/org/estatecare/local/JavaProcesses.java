package org.estatecare.local;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Child JVMs run on the same Java as the process that starts them, and end with it. */
final class JavaProcesses {

    private static final String WATCHER = ParentWatchingMain.class.getName();

    private JavaProcesses() {
    }

    /** How long a child JVM writing its class-data archive as it ends may take to stop: several at once take longer. */
    static final Duration ARCHIVE_WRITING_GRACE = Duration.ofSeconds(90);

    /**
     * Stops a child JVM gracefully (SIGTERM), forcibly once {@code grace} is over, or {@link #ARCHIVE_WRITING_GRACE} for
     * one that writes a class-data archive as it ends ({@code archiveWrittenAtExit}). A JVM killed while writing its
     * archive leaves a part, which is deleted.
     */
    static void stop(Process process, Duration grace, Optional<Path> archiveWrittenAtExit) {
        stop(process, grace, archiveWrittenAtExit, ARCHIVE_WRITING_GRACE);
    }

    static void stop(Process process, Duration grace, Optional<Path> archiveWrittenAtExit, Duration archiveWritingGrace) {
        process.destroy();
        try {
            Duration wait = archiveWrittenAtExit.isPresent() ? archiveWritingGrace : grace;
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                ExtractedJar.forgetPartOf(archiveWrittenAtExit);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            ExtractedJar.forgetPartOf(archiveWrittenAtExit);
            Thread.currentThread().interrupt();
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The command of a child JVM that runs {@code mainClass} from {@code classpath} and stops when
     * this process is gone ({@link ParentWatchingMain}, copied in a small jar under {@code workDir}).
     */
    static List<String> command(Path workDir, List<String> jvmOptions, String classpath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-D" + ParentWatchingMain.PARENT_PID + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(watcherJar(workDir) + File.pathSeparator + classpath);
        command.add(WATCHER);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * The watcher in a jar, not a directory: a class-data archive takes only jars on the class path. Written only
     * when its content changes, as an archive holds the jars it was made from to their size and time.
     */
    static Path watcherJar(Path workDir) {
        String resource = WATCHER.replace('.', '/') + ".class";
        Path jar = workDir.resolve("watcher.jar");
        try (InputStream in = JavaProcesses.class.getClassLoader().getResourceAsStream(resource)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes)) {
                JarEntry entry = new JarEntry(resource);
                entry.setTime(0);
                out.putNextEntry(entry);
                out.write(in.readAllBytes());
                out.closeEntry();
            }
            byte[] content = bytes.toByteArray();
            Files.createDirectories(workDir);
            synchronized (JavaProcesses.class) {
                if (!Files.exists(jar) || !Arrays.equals(Files.readAllBytes(jar), content)) {
                    Path staged = Files.createTempFile(workDir, "watcher", ".tmp");
                    Files.write(staged, content);
                    Files.move(staged, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

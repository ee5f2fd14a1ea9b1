package org.estatecare.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A service's executable jar unpacked once into the data folder (Spring Boot's extracted layout: the application's
 * jar with its libraries beside it), run with a class-data archive of the classes it loads. A service starts from it
 * with a fraction of the CPU the nested jar needs (about 7 → 3 CPU seconds each), which is what a start of seven
 * JVMs on two cores waits for.
 * <p>
 * The first run from a fresh extraction writes the archive as the service stops; later runs map it. The extraction
 * and its archive are made again when the jar changes (a new build), the archive also when another jar of the class
 * path is newer than it (the launcher's watcher). A JVM killed while writing it leaves a part, which its
 * process deletes ({@link #forgetPartOf}).
 */
final class ExtractedJar {

    private static final String STAMP = ".extracted-from";
    private static final String WRITE = "-XX:ArchiveClassesAtExit=";

    private final Path jar;
    private final Path directory;

    /** {@code jar} unpacked under {@code directory} (which it owns: its content is replaced when the jar changes). */
    ExtractedJar(Path jar, Path directory) {
        this.jar = jar;
        this.directory = directory;
    }

    /** What a JVM is started with: its class path, main class and class-data options. */
    record Launch(String classpath, String mainClass, List<String> jvmOptions) {
    }

    /**
     * Unpacks the jar unless this build of it is already unpacked, and tells how to start it with {@code others}
     * (jars put on the class path before it) in front.
     */
    Launch prepare(List<Path> others) {
        try {
            String source = jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis() + "\n";
            Path stamp = directory.resolve(STAMP);
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(source)) {
                extract();
                Files.writeString(stamp, source);
            }
            Path application = directory.resolve(jar.getFileName());
            String mainClass;
            try (JarFile file = new JarFile(application.toFile())) {
                mainClass = file.getManifest().getMainAttributes().getValue("Main-Class");
            }
            List<Path> classpath = new ArrayList<>(others);
            classpath.add(application);
            return new Launch(application.toString(), mainClass, classDataOptions(directory, classpath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM options of a class-data archive of this JDK in {@code directory}, for a JVM whose class path is
     * {@code classpath} (jars only): mapped when it is there and newer than every jar of the class path, else
     * (made again) written when the JVM exits. The archive holds the jars to their size and time: a JVM that
     * cannot use it runs without it, and an archive older than a jar would never be used again.
     */
    static List<String> classDataOptions(Path directory, List<Path> classpath) throws IOException {
        Path archive = directory.resolve("classes-java" + Runtime.version().feature() + "-" + Runtime.version() + ".jsa");
        if (Files.exists(archive) && (Files.size(archive) == 0 || newerThan(classpath, Files.getLastModifiedTime(archive)))) {
            Files.delete(archive);
        }
        List<String> options = new ArrayList<>();
        options.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : WRITE + archive);
        // the classes it leaves out of the archive (linked before, failing verification) are no news for the log
        options.add("-Xlog:cds=off,cds+dynamic=off");
        return options;
    }

    /**
     * The archive a JVM started with {@code options} writes as it ends, if it writes one. Such a JVM takes longer to
     * stop; killed while writing, it leaves a part of an archive, which is to be deleted.
     */
    static Optional<Path> writtenAtExit(List<String> options) {
        return options.stream().filter(option -> option.startsWith(WRITE)).findFirst()
                .map(option -> Path.of(option.substring(WRITE.length())));
    }

    /** Deletes the part of an archive a JVM killed while writing it left. */
    static void forgetPartOf(Optional<Path> archive) {
        archive.ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean newerThan(List<Path> jars, FileTime time) throws IOException {
        for (Path jar : jars) {
            if (Files.exists(jar) && Files.getLastModifiedTime(jar).compareTo(time) > 0) {
                return true;
            }
        }
        return false;
    }

    private void extract() throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
        Path log = directory.resolve("extract.log");
        Process extract = new ProcessBuilder(JavaProcesses.javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
                "extract", "--destination", directory.toAbsolutePath().toString(), "--force")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
                extract.destroyForcibly();
                throw new IllegalStateException("could not extract " + jar + "; see " + log);
            }
        } catch (InterruptedException e) {
            extract.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + jar, e);
        }
    }
}

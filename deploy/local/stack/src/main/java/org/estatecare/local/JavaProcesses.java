package org.estatecare.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Child JVMs run on the same Java as the process that starts them, and end with it. */
final class JavaProcesses {

    private static final String WATCHER = ParentWatchingMain.class.getName();

    private JavaProcesses() {
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The command of a child JVM that runs {@code mainClass} from {@code classpath} and stops when
     * this process is gone ({@link ParentWatchingMain}, copied as a class file under {@code workDir}).
     */
    static List<String> command(Path workDir, List<String> jvmOptions, String classpath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-D" + ParentWatchingMain.PARENT_PID + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(watcherDirectory(workDir) + java.io.File.pathSeparator + classpath);
        command.add(WATCHER);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    private static Path watcherDirectory(Path workDir) {
        String resource = WATCHER.replace('.', '/') + ".class";
        Path dir = workDir.resolve("watcher");
        Path target = dir.resolve(resource);
        try (InputStream in = JavaProcesses.class.getClassLoader().getResourceAsStream(resource)) {
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

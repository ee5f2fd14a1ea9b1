package org.estatecare.local;

import java.nio.file.Path;

/** Child JVMs run on the same Java as the process that starts them. */
final class JavaProcesses {

    private JavaProcesses() {
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}

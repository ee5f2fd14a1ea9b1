package org.estatecare.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * System tools some checks need (Chromium, promtool, docker-compose …): found on the PATH, or the
 * check is skipped saying which Debian package to install — except under {@code CI=true}, where a
 * missing tool fails the build.
 */
public final class SystemTools {

    private SystemTools() {
    }

    public static Optional<Path> find(String command) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The tool, or: under CI=true an error, elsewhere the test aborted (skipped) with what to install. */
    public static Path require(String command, String debianPackage) {
        Optional<Path> tool = find(command);
        if (tool.isPresent()) {
            return tool.get();
        }
        String install = command + " is missing: apt-get install " + debianPackage;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(install);
        }
        Assumptions.abort("check skipped: " + install);
        throw new IllegalStateException("unreachable");
    }
}

package org.estatecare.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.estatecare.local.Executables;
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
        return Executables.onPath(command);
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

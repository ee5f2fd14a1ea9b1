package org.estatecare.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * For child processes that are not our JVMs (Keycloak's, Prometheus) and so cannot watch their parent
 * themselves: a tiny shell loop ends the child once its parent is gone, even if the parent was killed
 * outright (no shutdown hook runs then). The loop also ends, doing nothing, when the child stops first.
 */
public final class Orphans {

    private static final Path SHELL = Path.of("/bin/sh");

    private Orphans() {
    }

    /** Starts the watcher; empty where there is no POSIX shell (the shutdown hooks still stop the child). */
    public static Optional<Process> killWhenGone(long parentPid, long childPid) {
        if (!Files.isExecutable(SHELL)) {
            return Optional.empty();
        }
        String loop = "while kill -0 %1$d 2>/dev/null && kill -0 %2$d 2>/dev/null; do sleep 1; done; "
                + "kill -0 %1$d 2>/dev/null || kill %2$d 2>/dev/null; exit 0";
        try {
            return Optional.of(new ProcessBuilder(List.of(SHELL.toString(), "-c", loop.formatted(parentPid, childPid)))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

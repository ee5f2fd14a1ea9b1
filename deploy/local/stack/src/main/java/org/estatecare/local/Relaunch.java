package org.estatecare.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The launcher's own JVM options. The launcher hosts the MongoDB-wire servers and loads the demo data; on the JVM's
 * defaults it spends most of its CPU during a start compiling them with the optimizing compiler (about 23 CPU seconds
 * of a first start that shares two cores). {@code java -jar} carries no JVM options, so the launcher runs itself once
 * more with {@link #OPTIONS}, in the same terminal, and ends when it ends, with its exit code. Options given on the
 * command line come after these, so they win.
 * <p>
 * Ctrl-C reaches both; a SIGTERM to the first is passed on. The second stops the stack when the first is gone,
 * however it went. The launcher runs as it was started where the JVM does not report its command line (a very
 * long one, as an IDE may give), where a debugger or an agent is attached, and with {@code ESTATECARE_RELAUNCH=false}
 * ({@code -Destatecare.relaunch=false}, as every setting of the launcher);
 * a collector the caller chose is kept.
 */
final class Relaunch {

    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    static final String RELAUNCHED_BY = "estatecare.launcher.relaunched-by";
    /** {@code ESTATECARE_RELAUNCH=false}: the launcher runs in the JVM it was started in. */
    static final String SWITCH = "estatecare.relaunch";
    private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use\\w*GC\\b");
    private static final Pattern AGENT = Pattern.compile("-agentlib:|-agentpath:|-javaagent:|-Xrunjdwp|-Xdebug");

    private Relaunch() {
    }

    /**
     * In the launcher as started: runs it again with {@link #OPTIONS} and returns its exit code. In the launcher so
     * started (or where this JVM's command line is unknown): empty, and this JVM goes on as the launcher.
     */
    static OptionalInt asNeeded() throws IOException, InterruptedException {
        String relaunchedBy = System.getProperty(RELAUNCHED_BY);
        if (relaunchedBy != null) {
            // the stack stops, through this JVM's shutdown hooks, when the first launcher is gone
            ParentWatchingMain.exitWhenGone(Long.parseLong(relaunchedBy));
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        Optional<String[]> arguments = self.arguments();
        if (java.isEmpty() || arguments.isEmpty() || !Boolean.parseBoolean(LocalSettings.get(SWITCH, "true"))) {
            return OptionalInt.empty();
        }
        // what the JVM was given besides its command line counts too (both JVMs see these variables)
        String given = String.join(" ", arguments.get()) + " " + Objects.toString(System.getenv("JAVA_TOOL_OPTIONS"), "")
                + " " + Objects.toString(System.getenv("JDK_JAVA_OPTIONS"), "");
        if (AGENT.matcher(given).find()) {
            return OptionalInt.empty(); // a debugger or an agent is attached to this JVM: it stays the launcher
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        // a collector chosen by the caller stays theirs (a JVM refuses two)
        OPTIONS.stream().filter(option -> !(COLLECTOR.matcher(option).matches() && COLLECTOR.matcher(given).find()))
                .forEach(command::add);
        command.add("-D" + RELAUNCHED_BY + "=" + ProcessHandle.current().pid());
        command.addAll(Arrays.asList(arguments.get()));
        Process launcher = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.destroy();
            try {
                if (!launcher.waitFor(3, TimeUnit.MINUTES)) {
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "local-stack-relaunched-stop"));
        return OptionalInt.of(launcher.waitFor());
    }
}

package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The launcher runs itself again with its own JVM options, and ends as that run ends. */
class RelaunchTest {

    /** Stands in for the launcher: relaunches, then prints its JVM options and ends with a code of its own. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            OptionalInt relaunched = Relaunch.asNeeded();
            if (relaunched.isPresent()) {
                System.out.println("first ends with " + relaunched.getAsInt());
                System.exit(relaunched.getAsInt());
            }
            System.out.println("second runs with " + ManagementFactory.getRuntimeMXBean().getInputArguments() + " " + List.of(args));
            System.exit(7);
        }
    }

    /** Runs the probe with {@code jvmOptions}; returns its output and exit code. */
    static Run probe(String... jvmOptions) throws Exception {
        return probe(Map.of(), jvmOptions);
    }

    /** As above, with {@code environment} added to the probe's. */
    static Run probe(Map<String, String> environment, String... jvmOptions) throws Exception {
        // the launcher's and the probe's classes only: a JVM reports its arguments when its command line is short
        String classpath = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(JavaProcesses.javaBinary()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classpath, Probe.class.getName(), "demo-data"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ESTATECARE_RELAUNCH");
        builder.environment().putAll(environment);
        Process first = builder.start();
        try {
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher second = Pattern.compile("second runs with \\[(.*)] \\[(.*)]").matcher(output);
            List<String> secondOptions = second.find() ? List.of(second.group(1).split(", ")) : List.of();
            return new Run(first.pid(), output, secondOptions, first.exitValue());
        } finally {
            first.destroyForcibly();
        }
    }

    record Run(long pid, String output, List<String> secondOptions, int exitCode) {
    }

    @Test
    void theSecondRunHasTheLauncherOptionsAndTheArgumentsAndItsExitCodeIsTheFirstOnes() throws Exception {
        Run run = probe("-Dgiven=1");

        List<String> expected = new ArrayList<>(Relaunch.OPTIONS);
        expected.add("-D" + Relaunch.RELAUNCHED_BY + "=" + run.pid());
        expected.add("-Dgiven=1");
        assertThat(run.secondOptions()).as(run.output()).containsSubsequence(expected);
        assertThat(run.output()).contains("] [demo-data]").contains("first ends with 7");
        assertThat(run.exitCode()).isEqualTo(7);
    }

    @Test
    void switchedOffByPropertyOrVariableTheLauncherRunsInTheJvmItWasStartedIn() throws Exception {
        for (Run run : List.of(probe("-Destatecare.relaunch=false"), probe(Map.of("ESTATECARE_RELAUNCH", "FALSE")))) {
            assertThat(run.output()).as(run.output()).doesNotContain("first ends with").contains("second runs with");
            assertThat(run.secondOptions()).as(run.output()).noneMatch(option -> option.startsWith("-D" + Relaunch.RELAUNCHED_BY))
                    .doesNotContain("-XX:TieredStopAtLevel=1");
            assertThat(run.exitCode()).isEqualTo(7);
        }
    }

    @Test
    void aCollectorTheCallerChoseStaysTheirs() throws Exception {
        Run run = probe("-XX:+UseParallelGC");

        assertThat(run.secondOptions()).as(run.output()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")
                .doesNotContain("-XX:+UseSerialGC");
        assertThat(run.exitCode()).isEqualTo(7);
    }
}

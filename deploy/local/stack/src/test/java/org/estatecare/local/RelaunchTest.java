package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

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

    @Test
    void theSecondRunHasTheLauncherOptionsAndTheArgumentsAndItsExitCodeIsTheFirstOnes() throws Exception {
        // the launcher's and the probe's classes only: a JVM reports its arguments when its command line is short
        String classpath = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process first = new ProcessBuilder(JavaProcesses.javaBinary(), "-Dgiven=1", "-cp", classpath,
                Probe.class.getName(), "demo-data").redirectErrorStream(true).start();

        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).contains("second runs with [" + String.join(", ", Relaunch.OPTIONS) + ", -D" + Relaunch.RELAUNCHED_BY
                + "=" + first.pid() + ", -Dgiven=1").contains("] [demo-data]").contains("first ends with 7");
        assertThat(first.exitValue()).isEqualTo(7);
    }
}

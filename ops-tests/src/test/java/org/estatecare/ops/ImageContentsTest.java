package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.estatecare.local.Deployables.Deployable;
import org.estatecare.local.Ports;
import org.estatecare.testing.SystemTools;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the image holds and how it starts, proven without a container runtime (no daemon, no base image
 * to pull here): for the gateway and a service of {@code deploy/deployables.yml} (every deployable on
 * request, see {@link #checked()}), the build stage's steps after the Maven build, read from the
 * Dockerfile, run on the real {@code <module>/target/<name>-exec.jar}
 * (the copy and the layered extract); the runtime stage's COPY instructions put the layers, in their
 * order, into one folder, owned by root and read-only like the image's root filesystem; and the
 * application starts there as the image's ENTRYPOINT says, as the image's USER (ids of its useradd),
 * with the image's ENV (the container's JVM flags in JAVA_TOOL_OPTIONS, the ports given as build
 * arguments), HOME the user's nonexistent home and only a fresh folder standing in for the writable
 * {@code /tmp}. Each must become live and ready on its management port, pass the image's own
 * HEALTHCHECK command, run with the image's ids and leave its folder as it found it.
 *
 * <p>The JDK running the tests stands in for the image's JRE, and the rest of this machine's file system
 * is not read-only as the container's is: what is proven is the image's own part. Readiness is checked
 * too, so the services get the shared MongoDB-wire server and Kafka broker, as a deployment gives them
 * theirs.
 */
class ImageContentsTest {

    static final Dockerfile DOCKERFILE = Dockerfile.read(ComposeAndDockerfileTest.DOCKERFILE);
    /** The builder stage whose output the runtime stage copies. */
    static final String BUILD_STAGE = "build";
    /** Up to seven JVMs start side by side on a small machine: a generous bound, left as soon as each is ready. */
    static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
    static final Duration STEP_TIMEOUT = Duration.ofMinutes(2);
    /** The stage steps the test can run here; any other step in the Dockerfile fails the test until it is taught it. */
    static final Set<String> BUILD_COMMANDS = Set.of("cp", "java");
    /** An image's PATH finds java in its JRE: here the JDK running the tests, before the system's directories. */
    static final String PATH = Path.of(System.getProperty("java.home"), "bin")
            + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path work;
    static Path setpriv;
    static ImageUser user;
    static final Map<String, ImageRun> RUNS = new LinkedHashMap<>();

    /** The user of the runtime stage: USER's numeric ids, the same as its groupadd/useradd give, and that user's home. */
    record ImageUser(int uid, int gid, String home) {

        static ImageUser of(Dockerfile.Stage runtime) {
            String[] ids = runtime.last("USER").split(":");
            assertThat(ids).as("USER uid:gid, numeric: Kubernetes' runAsNonRoot can only check a number").hasSize(2)
                    .allMatch(id -> id.matches("\\d+"));
            int uid = Integer.parseInt(ids[0]);
            int gid = Integer.parseInt(ids[1]);
            String accounts = String.join(" ", runtime.all("RUN"));
            assertThat(option(accounts, "groupadd", "--gid")).as("groupadd --gid").isEqualTo(ids[1]);
            assertThat(option(accounts, "useradd", "--uid")).as("useradd --uid").isEqualTo(ids[0]);
            assertThat(uid).as("not root").isPositive();
            return new ImageUser(uid, gid, option(accounts, "useradd", "--home-dir"));
        }

        /** The value of an option of a command in a shell line, e.g. useradd's --uid. */
        static String option(String shell, String command, String option) {
            Matcher matcher = Pattern.compile("\\b" + command + "\\b[^&;|]*?\\s" + option + "[ =](\\S+)").matcher(shell);
            if (!matcher.find()) {
                throw new AssertionError(command + " " + option + " not found in the runtime stage's RUN: " + shell);
            }
            return matcher.group(1);
        }

        /** setpriv's switch to this user: its ids, no other groups, no privileges to gain (the chart's allowPrivilegeEscalation: false). */
        List<String> switchTo() {
            return List.of(setpriv.toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--no-new-privs");
        }
    }

    @BeforeAll
    static void extractAndStartEveryDeployable() throws Exception {
        setpriv = SystemTools.require("setpriv", "util-linux");
        SystemTools.require("curl", "curl");
        requireRoot();
        user = ImageUser.of(DOCKERFILE.runtime());
        assertThat(Path.of(user.home())).as("the image user's home must not exist, here either").doesNotExist();
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));

        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Set<Integer> ports = new HashSet<>();
        for (Deployable deployable : checked()) {
            Map<String, String> configuration = new LinkedHashMap<>();
            configuration.put("OAUTH2_ISSUER_URI", infrastructure.issuer().issuer());
            if (!deployable.isGateway()) {
                configuration.put("MONGODB_URI", infrastructure.mongo().uri());
                configuration.put("MONGODB_DATABASE", "image-" + deployable.database());
                configuration.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
                // the wire server does not answer the driver's health command; a real MongoDB keeps the check
                configuration.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
            }
            RUNS.put(deployable.name(), new ImageRun(deployable, work.resolve(deployable.name()), freePort(ports),
                    freePort(ports), configuration));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNS.values().forEach(ImageRun::stop), "image-runs-shutdown"));
        ExecutorService starts = Executors.newFixedThreadPool(RUNS.size());
        try {
            List<Future<?>> started = new ArrayList<>();
            for (ImageRun run : RUNS.values()) {
                started.add(starts.submit(() -> {
                    run.build();
                    run.start();
                    return null;
                }));
            }
            for (Future<?> start : started) {
                try {
                    start.get();
                } catch (ExecutionException e) {
                    // an assertion of the build steps, reported as itself
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
        } finally {
            starts.shutdown();
        }
    }

    @AfterAll
    static void stopEveryDeployable() {
        RUNS.values().forEach(ImageRun::stop);
    }

    /**
     * The gateway and the first service of deploy/deployables.yml: they share one Dockerfile and one
     * platform kit, and all seven side by side take about 85 s on a two-core machine, the two about
     * 25 s. {@code -Destatecare.images=all} (or a comma-separated list of names) checks more.
     */
    static List<Deployable> checked() {
        String chosen = System.getProperty("estatecare.images", "");
        if (chosen.isBlank()) {
            return List.of(Manifest.gateway(), Manifest.services().get(0));
        }
        if (chosen.strip().equals("all")) {
            return Manifest.deployables();
        }
        return Stream.of(chosen.split(",")).map(String::strip).map(Manifest::named).toList();
    }

    static Stream<String> deployables() {
        return checked().stream().map(Deployable::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void becomesLiveAndReadyOnItsManagementPortAndServesOnItsPort(String name) throws Exception {
        ImageRun run = RUNS.get(name);
        run.awaitReady();

        assertThat(get(run.managementUri("/actuator/health/liveness")).statusCode()).as("%s: liveness", name).isEqualTo(200);
        assertThat(get(run.managementUri("/actuator/health/readiness")).statusCode()).as("%s: readiness", name).isEqualTo(200);
        assertThat(get(URI.create("http://127.0.0.1:" + run.port + "/")).statusCode())
                .as("%s answers on the port given as the build argument PORT", name).isBetween(200, 499);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void passesTheImagesOwnHealthCheck(String name) throws Exception {
        ImageRun run = RUNS.get(name);
        run.awaitReady();
        Dockerfile.HealthCheck check = DOCKERFILE.runtime().healthCheck();
        Duration timeout = Duration.ofSeconds(Long.parseLong(check.options().getOrDefault("timeout", "30s").replace("s", "")));

        // Docker runs a shell-form CMD with /bin/sh -c, as the image's user, with the container's environment
        List<String> command = new ArrayList<>(user.switchTo());
        command.addAll(List.of("/bin/sh", "-c", check.command()));
        Outcome outcome = execute(command, run.app, run.environment, timeout.plusSeconds(5));

        assertThat(outcome.exitCode()).as("%s: HEALTHCHECK CMD %s%n%s", name, check.command(), outcome.output()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void runsAsTheImagesUserWithItsJvmFlagsAndLeavesItsReadOnlyFolderAsItWas(String name) throws Exception {
        ImageRun run = RUNS.get(name);
        run.awaitReady();

        Map<String, String> status = processStatus(run.process.pid());
        assertThat(status.get("Uid")).as("%s: real, effective, saved and file-system uid", name)
                .isEqualTo(String.join("\t", List.of(String.valueOf(user.uid()), String.valueOf(user.uid()),
                        String.valueOf(user.uid()), String.valueOf(user.uid()))));
        assertThat(status.get("Gid")).as("%s: gids", name).isEqualTo(String.join("\t", List.of(String.valueOf(user.gid()),
                String.valueOf(user.gid()), String.valueOf(user.gid()), String.valueOf(user.gid()))));
        assertThat(status.get("Groups")).as("%s: no supplementary groups", name).isEmpty();
        assertThat(run.log()).as("%s: the JVM took the image's JAVA_TOOL_OPTIONS", name)
                .contains("Picked up JAVA_TOOL_OPTIONS: " + run.environment.get("JAVA_TOOL_OPTIONS"));

        assertThat(snapshot(run.app)).as("%s: %s unchanged by the running application", name, run.app).isEqualTo(run.contents);
        Outcome write = execute(Stream.concat(user.switchTo().stream(), Stream.of("touch", run.app.resolve("written").toString())).toList(),
                run.root, Map.of("PATH", PATH), STEP_TIMEOUT);
        assertThat(write.exitCode()).as("%s: the image's user cannot write into %s: %s", name, run.app, write.output()).isNotZero();
    }

    /** One deployable's image, built into its own folder and started from it. */
    static final class ImageRun {

        final Deployable deployable;
        /** Stands in for the image's file system: the build stage's root, the runtime stage's root. */
        final Path root;
        final Path buildRoot;
        final Path runtimeRoot;
        final Path app;
        final Path tmp;
        final int port;
        final int managementPort;
        final Map<String, String> configuration;
        final Map<String, String> environment = new LinkedHashMap<>();
        Map<String, String> contents;
        Process process;
        volatile boolean ready;

        ImageRun(Deployable deployable, Path root, int port, int managementPort, Map<String, String> configuration) {
            this.deployable = deployable;
            this.root = root;
            this.buildRoot = root.resolve("build");
            this.runtimeRoot = root.resolve("runtime");
            this.app = under(runtimeRoot, DOCKERFILE.runtime().last("WORKDIR"));
            this.tmp = under(runtimeRoot, "/tmp");
            this.port = port;
            this.managementPort = managementPort;
            this.configuration = configuration;
        }

        /** What compose passes as build arguments (deploy/deployables.yml), with free ports instead of the fixed ones. */
        Map<String, String> buildArguments(Dockerfile.Stage stage) {
            Map<String, String> given = Map.of("MODULE", deployable.module(), "NAME", deployable.name(),
                    "PORT", String.valueOf(port), "MANAGEMENT_PORT", String.valueOf(managementPort),
                    "DESCRIPTION", deployable.description());
            Map<String, String> arguments = new LinkedHashMap<>();
            stage.arguments().forEach((name, value) -> arguments.put(name, given.getOrDefault(name, value)));
            return arguments;
        }

        /** The build stage's steps after the Maven build (which the reactor did), then the runtime stage's copies. */
        void build() throws IOException, InterruptedException {
            Files.createDirectories(buildRoot);
            Dockerfile.Stage build = DOCKERFILE.stage(BUILD_STAGE);
            assertThat(build.all("COPY")).as("the build stage holds the repository in its WORKDIR: relative paths are the repository's")
                    .contains(". .");
            List<String> runs = build.all("RUN");
            int maven = runs.stream().filter(run -> run.contains("./mvnw")).map(runs::indexOf).findFirst()
                    .orElseThrow(() -> new AssertionError("the build stage runs no ./mvnw"));
            assertThat(runs.subList(maven + 1, runs.size())).as("build stage steps after the Maven build").isNotEmpty();
            Map<String, String> arguments = buildArguments(build);
            for (String run : runs.subList(maven + 1, runs.size())) {
                for (String step : Dockerfile.Stage.command(run).split("&&")) {
                    runBuildStep(Dockerfile.words(Dockerfile.substitute(step.strip(), arguments)));
                }
            }

            Files.createDirectories(app);
            List<List<String>> copies = DOCKERFILE.runtime().copiesFrom(BUILD_STAGE);
            assertThat(copies).as("the runtime stage copies the layers from the build stage").isNotEmpty();
            for (List<String> copy : copies) {
                Path source = under(buildRoot, copy.get(0));
                assertThat(source).as("%s: %s made by the build stage", deployable.name(), copy.get(0)).isDirectory();
                copyContents(source, app.resolve(copy.get(1)).normalize());
            }
            readOnly(app);
            contents = snapshot(app);
            assertThat(contents).as("%s: the application's folder", deployable.name()).isNotEmpty();

            // the way to the folder is open to the image's user whatever the umask; /tmp's stand-in is
            // rwxrwxrwt as /tmp: writable for every user, each removing only its own files
            for (Path folder : List.of(root, runtimeRoot)) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.createDirectories(tmp);
            Outcome sticky = execute(List.of("chmod", "1777", tmp.toString()), root, Map.of("PATH", PATH), STEP_TIMEOUT);
            assertThat(sticky.exitCode()).as(sticky.output()).isZero();
        }

        /** One command of a build stage RUN: absolute paths land in the stage's stand-in root, relative ones in the repository. */
        void runBuildStep(List<String> words) throws IOException, InterruptedException {
            assertThat(BUILD_COMMANDS).as("%s: a build stage step this test can run (teach it a new one)", words).contains(words.get(0));
            List<String> command = new ArrayList<>();
            command.add(words.get(0).equals("java") ? Path.of(System.getProperty("java.home"), "bin", "java").toString() : words.get(0));
            for (String word : words.subList(1, words.size())) {
                int equals = word.indexOf("=/");
                if (word.startsWith("/")) {
                    command.add(under(buildRoot, word).toString());
                } else if (equals > 0) {
                    command.add(word.substring(0, equals + 1) + under(buildRoot, word.substring(equals + 1)));
                } else {
                    command.add(word);
                }
            }
            if (words.get(0).equals("cp")) {
                Path jar = Manifest.ROOT.resolve(words.get(words.size() - 2));
                assertThat(jar).as("%s: the jar the image copies; ops-tests depends on every deployable so the reactor "
                        + "builds it first (a new one goes into ops-tests/pom.xml too)", deployable.name()).isRegularFile();
            }
            Outcome outcome = execute(command, Manifest.ROOT.toAbsolutePath().normalize(), Map.of("PATH", PATH), STEP_TIMEOUT);
            assertThat(outcome.exitCode()).as("%s: %s%n%s", deployable.name(), String.join(" ", command), outcome.output()).isZero();
        }

        /** The entrypoint, as the image's user, from its working directory, with its environment and the deployment's configuration. */
        void start() throws IOException {
            environment.put("PATH", PATH);
            environment.put("HOME", user.home());
            Map<String, String> image = DOCKERFILE.runtime().environment(buildArguments(DOCKERFILE.runtime()));
            String options = image.get("JAVA_TOOL_OPTIONS");
            assertThat(Dockerfile.words(options)).as("JAVA_TOOL_OPTIONS: the JVM's temporary files in /tmp, the one writable place")
                    .contains("-Djava.io.tmpdir=/tmp");
            image.put("JAVA_TOOL_OPTIONS", options.replace("-Djava.io.tmpdir=/tmp", "-Djava.io.tmpdir=" + tmp));
            environment.putAll(image);
            environment.putAll(configuration);

            List<String> command = new ArrayList<>(user.switchTo());
            command.addAll(DOCKERFILE.runtime().entrypoint());
            ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(root.resolve("output.log").toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            process = builder.start();
        }

        URI managementUri(String path) {
            return URI.create("http://127.0.0.1:" + managementPort + path);
        }

        /** Live and ready on the management port within the bound, or the failure with the application's output. */
        void awaitReady() throws InterruptedException {
            Instant deadline = Instant.now().plus(HEALTHY_WITHIN);
            while (!ready) {
                if (!process.isAlive()) {
                    fail("%s exited with %d:%n%s", deployable.name(), process.exitValue(), tail());
                }
                if (Instant.now().isAfter(deadline)) {
                    fail("%s not ready on its management port %d within %s:%n%s", deployable.name(), managementPort, HEALTHY_WITHIN, tail());
                }
                ready = status(managementUri("/actuator/health/liveness")) == 200
                        && status(managementUri("/actuator/health/readiness")) == 200;
                if (!ready) {
                    Thread.sleep(250);
                }
            }
        }

        String log() {
            try {
                return Files.readString(root.resolve("output.log"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String tail() {
            List<String> lines = log().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        /** SIGTERM as a container stop sends, then the bounded wait. */
        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Setting another user's ids needs root (CI runs as root); elsewhere the check is skipped, under CI=true it fails. */
    static void requireRoot() throws IOException {
        int uid = (int) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (uid != 0) {
            String why = "starting the application as the image's user needs root (setpriv --reuid)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort("check skipped: " + why);
        }
    }

    /** An image path in a stand-in root: /app in runtime/app. */
    static Path under(Path root, String imagePath) {
        Path path = root.resolve(imagePath.replaceFirst("^/+", "")).normalize();
        if (!path.startsWith(root)) {
            throw new AssertionError(imagePath + " leaves " + root);
        }
        return path;
    }

    static int freePort(Set<Integer> taken) {
        int port;
        do {
            port = Ports.free();
        } while (!taken.add(port));
        return port;
    }

    /** COPY of a folder: its contents into the destination, merged with what earlier COPYs put there. */
    static void copyContents(Path source, Path destination) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target = destination.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** chmod -R a-w, every file owned by root: the image's folder as the container's read-only root file system has it. */
    static void readOnly(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                assertThat(Files.getAttribute(path, "unix:uid")).as("%s owned by root", path).isEqualTo(0);
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE));
                Files.setPosixFilePermissions(path, permissions);
            }
        }
    }

    /** Every file and folder with its size, permissions and modification time: any write shows. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
                contents.put(folder.relativize(path).toString(), attributes.size() + " "
                        + PosixFilePermissions.toString(attributes.permissions()) + " " + attributes.lastModifiedTime());
            }
        }
        return contents;
    }

    /** The fields of /proc/PID/status (Uid, Gid, Groups ...). */
    static Map<String, String> processStatus(long pid) throws IOException {
        Map<String, String> status = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            String[] field = line.split(":", 2);
            status.put(field[0], field.length > 1 ? field[1].strip() : "");
        }
        return status;
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static int status(URI uri) throws InterruptedException {
        try {
            return get(uri).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    record Outcome(int exitCode, String output) {
    }

    /** A command with exactly this environment, output and errors together, within a bound. */
    static Outcome execute(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("image-step", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("%s did not finish within %s", String.join(" ", command), timeout);
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

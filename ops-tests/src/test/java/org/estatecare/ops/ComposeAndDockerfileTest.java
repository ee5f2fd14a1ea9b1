package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.assertj.core.api.SoftAssertions;
import org.estatecare.local.Deployables.Deployable;
import org.estatecare.testing.SystemTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docker-compose.yml and the Dockerfile, checked without a Docker daemon against the deployables of
 * {@code deploy/deployables.yml}: the compose file is valid for docker-compose; every deployable is a
 * compose service built from the one Dockerfile with its own arguments, gets the same configuration
 * keys as from the local launcher and the Helm chart, waits for what it needs and is health-checked on
 * its management port; the Dockerfile lints clean, runs the layered Boot jar of the module it is given
 * as a non-root user on the ports it is given, and agrees with the Helm chart on the user, the ports and
 * the health checks. ImageContentsTest runs what it describes.
 */
class ComposeAndDockerfileTest {

    static final Path COMPOSE = Manifest.ROOT.resolve("docker-compose.yml");
    static final Path PROMETHEUS = Manifest.ROOT.resolve("deploy/prometheus/prometheus-compose.yml");
    static final Path DOCKERFILE = Manifest.ROOT.resolve("deploy/docker/Dockerfile");

    /** The keys every service reads (README "Configuration"); the gateway reads only the identity ones. */
    static final Set<String> SHARED_KEYS = Set.of("MONGODB_URI", "MONGODB_DATABASE", "KAFKA_BOOTSTRAP_SERVERS",
            "OAUTH2_ISSUER_URI", "OAUTH2_AUDIENCE");
    static final Set<String> IDENTITY_KEYS = Set.of("OAUTH2_ISSUER_URI", "OAUTH2_AUDIENCE");
    static final List<String> SHARED_PREFIXES = List.of("MONGODB_", "KAFKA_", "OAUTH2_");
    static final List<String> SERVICE_NEEDS = List.of("mongo", "kafka", "keycloak");
    static final List<String> GATEWAY_NEEDS = List.of("keycloak");
    /** What the Dockerfile is given per deployable (compose's build.args). */
    static final Set<String> BUILD_ARGUMENTS = Set.of("MODULE", "NAME", "PORT", "MANAGEMENT_PORT", "DESCRIPTION");
    static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    static final String LAUNCHER_CLASS = "org.springframework.boot.loader.launch.JarLauncher";
    /**
     * The Dockerfile linter of VS Code's Docker support (rcjsuen/dockerfile-utils, from npm): instructions,
     * their flags and durations, one CMD/HEALTHCHECK/ENTRYPOINT per stage, deprecated ones. It replaced
     * dockerfilelint, which is no longer maintained; hadolint has no Debian or npm package.
     */
    static final String DOCKERFILE_LINTER = "dockerfile-utils@0.16.3";
    static final String HEALTH = "/actuator/health/";
    static final String LIVENESS = HEALTH + "liveness";
    static final String READINESS = HEALTH + "readiness";
    static final long TOOL_TIMEOUT_SECONDS = 300;

    // ------------------------------------------------------------------ docker-compose.yml

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Path dockerCompose = SystemTools.require("docker-compose", "docker-compose");
        Outcome config = run(dockerCompose.toString(), "-f", "docker-compose.yml", "config", "-q");
        assertThat(config.exitCode()).as("docker-compose config:%n%s", config.output()).isZero();
    }

    @Test
    void everyDeployableIsBuiltFromTheOneDockerfileWithItsOwnArguments() {
        JsonNode services = compose().path("services");
        SoftAssertions softly = new SoftAssertions();
        for (Deployable deployable : Manifest.deployables()) {
            JsonNode service = services.path(deployable.name());
            softly.assertThat(service.isObject()).as("compose service %s", deployable.name()).isTrue();
            JsonNode build = service.path("build");
            softly.assertThat(build.path("context").asString()).as("%s: build context", deployable.name()).isEqualTo(".");
            softly.assertThat(build.path("dockerfile").asString()).as("%s: dockerfile", deployable.name())
                    .isEqualTo(Manifest.ROOT.relativize(DOCKERFILE).toString());
            Map<String, String> args = mapping(build.path("args"));
            softly.assertThat(args).as("%s: build args", deployable.name())
                    .containsEntry("MODULE", deployable.module())
                    .containsEntry("NAME", deployable.name())
                    .containsEntry("PORT", String.valueOf(deployable.port()))
                    .containsEntry("MANAGEMENT_PORT", String.valueOf(deployable.managementPort()))
                    .containsEntry("DESCRIPTION", deployable.description());
            softly.assertThat(service.path("image").asString()).as("%s: image", deployable.name())
                    .startsWith("ghcr.io/estatecare/" + deployable.name() + ":");
            softly.assertThat(service.path("ports").path(0).asString()).as("%s: published port", deployable.name())
                    .endsWith(":" + deployable.port());
        }
        softly.assertAll();
    }

    @Test
    void everySpringServiceSetsExactlyTheSharedKeysWithItsDatabase() {
        JsonNode services = compose().path("services");
        Set<String> issuers = new TreeSet<>();
        Set<String> mongoUris = new TreeSet<>();
        for (Deployable deployable : Manifest.deployables()) {
            Map<String, String> env = mapping(services.path(deployable.name()).path("environment"));
            Set<String> expected = deployable.isGateway() ? IDENTITY_KEYS : SHARED_KEYS;
            assertThat(sharedKeys(env)).as("%s: shared keys", deployable.name()).isEqualTo(expected);
            if (!deployable.isGateway()) {
                assertThat(env).as(deployable.name()).containsEntry("MONGODB_DATABASE", deployable.database());
                mongoUris.add(env.get("MONGODB_URI"));
            }
            issuers.add(env.get("OAUTH2_ISSUER_URI"));
        }
        assertThat(issuers).as("one issuer, exactly as tokens carry it").hasSize(1);
        assertThat(mongoUris).as("one MongoDB server, a database per service").hasSize(1);
    }

    @Test
    void theGatewayHasAnAddressForEveryServiceAndEveryRouteOfItsConfiguration() {
        assertThat(Manifest.gatewayRouteKeys()).as("estatecare.gateway.services in %s: the services' gatewayRoute",
                Manifest.GATEWAY_CONFIG).isEqualTo(Manifest.services().stream().map(Deployable::gatewayRoute)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, String> env = mapping(compose().path("services").path(Manifest.gateway().name()).path("environment"));
        for (Deployable service : Manifest.services()) {
            assertThat(env).containsEntry(service.gatewayRouteVariable(), "http://" + service.name() + ":" + service.port());
        }
    }

    @Test
    void everyDeployableIsHealthCheckedOnItsManagementPortAndWaitsUntilWhatItNeedsIsHealthy() {
        JsonNode services = compose().path("services");
        SoftAssertions softly = new SoftAssertions();
        for (Deployable deployable : Manifest.deployables()) {
            JsonNode service = services.path(deployable.name());
            softly.assertThat(hasHealthcheck(service)).as("%s: healthcheck", deployable.name()).isTrue();
            softly.assertThat(service.path("healthcheck").path("test").toString()).as("%s: healthcheck port", deployable.name())
                    .contains(":" + deployable.managementPort() + READINESS);
            Map<String, String> dependsOn = dependsOn(service);
            for (String needed : deployable.isGateway() ? GATEWAY_NEEDS : SERVICE_NEEDS) {
                softly.assertThat(dependsOn).as("%s depends on", deployable.name()).containsEntry(needed, "service_healthy");
            }
            if (deployable.isGateway()) {
                Manifest.services().forEach(s -> softly.assertThat(dependsOn).as("the gateway waits for %s", s.name())
                        .containsEntry(s.name(), "service_healthy"));
            }
            dependsOn.forEach((dependency, condition) -> {
                if (condition.equals("service_healthy")) {
                    softly.assertThat(hasHealthcheck(services.path(dependency)))
                            .as("%s waits for %s to be healthy: it needs a healthcheck", deployable.name(), dependency).isTrue();
                }
            });
        }
        softly.assertAll();
    }

    /**
     * Prometheus scrapes each deployable by its compose name on its management port (the only one serving
     * /actuator), with the static namespace label the alert rules aggregate by and the dashboards filter on.
     */
    @Test
    void prometheusScrapesEveryDeployableByItsNameOnItsManagementPort() {
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        for (JsonNode job : Manifest.YAML.readTree(PROMETHEUS.toFile()).path("scrape_configs")) {
            jobs.put(job.path("job_name").asString(), job);
        }
        for (Deployable deployable : Manifest.deployables()) {
            JsonNode job = jobs.get(deployable.name());
            assertThat(job).as("scrape job %s in %s", deployable.name(), PROMETHEUS).isNotNull();
            assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
            JsonNode targets = job.path("static_configs").path(0);
            assertThat(targets.path("targets").path(0).asString()).as("scrape target of %s", deployable.name())
                    .isEqualTo(deployable.name() + ":" + deployable.managementPort());
            assertThat(targets.path("labels").path("namespace").asString()).as("namespace label of %s", deployable.name())
                    .isEqualTo("compose");
        }
    }

    // ------------------------------------------------------------------ the Dockerfile

    /**
     * Lint findings of both kinds fail the check: the linter's exit code tells errors only, its JSON
     * report warnings too (a second CMD in a stage, a deprecated instruction).
     */
    @Test
    void theDockerfileLintsClean() throws Exception {
        Path npx = SystemTools.require("npx", "npm");
        List<String> command = List.of(npx.toString(), "--yes", DOCKERFILE_LINTER, "lint", "--json",
                Manifest.ROOT.relativize(DOCKERFILE).toString());
        Outcome lint = run(command.toArray(String[]::new));
        String report = lint.output().lines().filter(line -> line.startsWith("[")).reduce((first, last) -> last).orElse(null);
        assertThat(report).as("%s printed no report:%n%s", String.join(" ", command), lint.output()).isNotNull();
        assertThat(Manifest.YAML.readTree(report)).as("%s:%n%s", String.join(" ", command), lint.output()).isEmpty();
        assertThat(lint.exitCode()).as("%s:%n%s", String.join(" ", command), lint.output()).isZero();
    }

    @Test
    void theDockerfileRunsTheLayeredJarOfTheModuleItIsGivenAsNonRootOnThePortsItIsGiven() {
        Dockerfile dockerfile = Dockerfile.read(DOCKERFILE);
        Dockerfile.Stage runtime = dockerfile.runtime();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(dockerfile.all("ARG").stream().map(arg -> arg.split("=", 2)[0]).toList())
                .as("build arguments").containsAll(BUILD_ARGUMENTS);
        softly.assertThat(dockerfile.stage(ImageContentsTest.BUILD_STAGE).all("RUN")).as("builds the module it is given")
                .anyMatch(run -> run.contains("-pl \"${MODULE}\" -am"))
                .anyMatch(run -> run.contains("\"${MODULE}/target/${NAME}-exec.jar\""))
                .anyMatch(run -> run.contains("-Djarmode=tools") && run.contains("extract --layers --launcher"));
        softly.assertThat(copiedLayers(runtime)).as("layers, least often changed first").containsExactlyElementsOf(LAYERS);
        softly.assertThat(runtime.entrypoint()).as("ENTRYPOINT").containsExactly("java", LAUNCHER_CLASS);
        softly.assertThat(runtime.last("USER").split(":")[0]).as("runs as").isNotIn("root", "0");
        softly.assertThat(exposed(runtime)).as("EXPOSE the ports it is given").containsExactly("${PORT}", "${MANAGEMENT_PORT}");

        Deployable gateway = Manifest.gateway();
        Map<String, String> env = runtime.environment(Map.of("PORT", String.valueOf(gateway.port()),
                "MANAGEMENT_PORT", String.valueOf(gateway.managementPort())));
        softly.assertThat(env).as("the application serves on those ports")
                .containsEntry("SERVER_PORT", String.valueOf(gateway.port()))
                .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(gateway.managementPort()));
        softly.assertThat(Dockerfile.words(env.getOrDefault("JAVA_TOOL_OPTIONS", ""))).as("the container's JVM flags")
                .contains("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp");
        softly.assertThat(runtime.healthCheck().command()).as("HEALTHCHECK on the management port")
                .contains(":${MANAGEMENT_SERVER_PORT}" + LIVENESS);
        softly.assertAll();
    }

    /**
     * One recipe, one set of facts: the chart runs the image as the Dockerfile's user, its container ports
     * {@code http} and {@code management} are the ports the image exposes and serves on with compose's build
     * arguments (deploy/deployables.yml's port and managementPort), and its probes ask the health group
     * family on the port and path the image's own HEALTHCHECK asks.
     */
    @Test
    void theHelmChartRunsTheImageAsItsUserOnItsPortsAndChecksItsHealthAsTheImageDoes() {
        Dockerfile.Stage runtime = Dockerfile.read(DOCKERFILE).runtime();
        ImageContentsTest.ImageUser user = ImageContentsTest.ImageUser.of(runtime);
        Matcher checked = Pattern.compile("http://127\\.0\\.0\\.1:\\$\\{(\\w+)}(/[^\"\\s]*)").matcher(runtime.healthCheck().command());
        assertThat(checked.find()).as("HEALTHCHECK asks http://127.0.0.1:${PORT_VARIABLE}/path: %s", runtime.healthCheck().command()).isTrue();
        JsonNode services = compose().path("services");
        SoftAssertions softly = new SoftAssertions();
        for (List<Path> values : List.of(List.<Path>of(), List.of(HelmChartTest.PRODUCTION))) {
            for (Deployment deployment : HelmChartTest.of(HelmChartTest.render(values.toArray(Path[]::new)), Deployment.class)) {
                String name = deployment.getMetadata().getName() + (values.isEmpty() ? "" : " " + values);
                Deployable deployable = Manifest.named(deployment.getMetadata().getName());
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                Container container = pod.getContainers().get(0);

                softly.assertThat(securityContext(pod, container, SecurityContext::getRunAsUser, PodSecurityContext::getRunAsUser))
                        .as("%s: runAsUser, the Dockerfile's USER and useradd", name).isEqualTo((long) user.uid());
                softly.assertThat(securityContext(pod, container, SecurityContext::getRunAsGroup, PodSecurityContext::getRunAsGroup))
                        .as("%s: runAsGroup, the Dockerfile's USER and groupadd", name).isEqualTo((long) user.gid());

                Map<String, Integer> ports = new TreeMap<>();
                container.getPorts().forEach(port -> ports.put(port.getName(), port.getContainerPort()));
                softly.assertThat(ports).as("%s: container ports, deploy/deployables.yml's port and managementPort", name)
                        .isEqualTo(Map.of("http", deployable.port(), "management", deployable.managementPort()));
                Map<String, String> arguments = mapping(services.path(deployable.name()).path("build").path("args"));
                softly.assertThat(exposed(runtime).stream().map(port -> Integer.valueOf(Dockerfile.substitute(port, arguments))).toList())
                        .as("%s: the image EXPOSEs the chart's container ports", name).containsExactlyInAnyOrderElementsOf(ports.values());
                Map<String, String> image = runtime.environment(arguments);
                softly.assertThat(image).as("%s: the image serves on the chart's container ports", name)
                        .containsEntry("SERVER_PORT", String.valueOf(ports.get("http")))
                        .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(ports.get("management")))
                        .containsEntry(checked.group(1), String.valueOf(ports.get("management")));
                HelmChartTest.env(deployment).stream().filter(e -> e.getName().endsWith("SERVER_PORT")).forEach(e ->
                        softly.assertThat(e.getValue()).as("%s: the chart's %s", name, e.getName()).isEqualTo(image.get(e.getName())));

                Map<String, Probe> probes = new LinkedHashMap<>();
                probes.put("startup", container.getStartupProbe());
                probes.put("liveness", container.getLivenessProbe());
                probes.put("readiness", container.getReadinessProbe());
                probes.forEach((kind, probe) -> {
                    softly.assertThat(probe).as("%s: %s probe", name, kind).isNotNull();
                    if (probe != null) {
                        softly.assertThat(probe.getHttpGet().getPort().getStrVal()).as("%s: %s probe's port", name, kind).isEqualTo("management");
                        softly.assertThat(probe.getHttpGet().getPath()).as("%s: %s probe's path", name, kind)
                                .isEqualTo(kind.equals("readiness") ? READINESS : checked.group(2));
                    }
                });
            }
        }
        softly.assertThat(checked.group(2)).as("the image's HEALTHCHECK").isEqualTo(LIVENESS);
        softly.assertAll();
    }

    /** One recipe: no module keeps a Dockerfile of its own that could drift from it. */
    @Test
    void theDockerfileIsTheOnlyOne() throws IOException {
        Set<String> skipped = Set.of("target", "node_modules", ".git", ".local-data");
        List<String> dockerfiles = new ArrayList<>();
        Files.walkFileTree(Manifest.ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return skipped.contains(String.valueOf(dir.getFileName())) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().equals("Dockerfile")) {
                    dockerfiles.add(Manifest.ROOT.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(dockerfiles).containsExactly(Manifest.ROOT.relativize(DOCKERFILE).toString());
    }

    // ------------------------------------------------------------------ helpers

    static JsonNode compose() {
        return Manifest.YAML.readTree(COMPOSE.toFile());
    }

    /** A compose mapping in either the mapping or the list form ({@code KEY=value}); a key without a value maps to null. */
    static Map<String, String> mapping(JsonNode node) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (node.isArray()) {
            for (JsonNode entry : node) {
                String[] keyValue = entry.asString().split("=", 2);
                entries.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : null);
            }
        } else {
            node.properties().forEach(e -> entries.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        }
        return entries;
    }

    static Set<String> sharedKeys(Map<String, String> env) {
        Set<String> keys = new TreeSet<>();
        for (String key : env.keySet()) {
            if (SHARED_PREFIXES.stream().anyMatch(key::startsWith)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** depends_on as service → condition (the short list form means service_started). */
    static Map<String, String> dependsOn(JsonNode service) {
        Map<String, String> conditions = new LinkedHashMap<>();
        JsonNode dependsOn = service.path("depends_on");
        if (dependsOn.isArray()) {
            dependsOn.forEach(name -> conditions.put(name.asString(), "service_started"));
        } else {
            dependsOn.properties().forEach(e -> conditions.put(e.getKey(), e.getValue().path("condition").asString("service_started")));
        }
        return conditions;
    }

    static boolean hasHealthcheck(JsonNode service) {
        JsonNode healthcheck = service.path("healthcheck");
        return !healthcheck.path("disable").asBoolean(false) && !healthcheck.path("test").isMissingNode();
    }

    /** The Boot layers copied from the build stage, in the order of the COPY instructions. */
    static List<String> copiedLayers(Dockerfile.Stage runtime) {
        Pattern layer = Pattern.compile("^/extracted/([a-z-]+)/$");
        List<String> layers = new ArrayList<>();
        for (List<String> copy : runtime.copiesFrom(ImageContentsTest.BUILD_STAGE)) {
            Matcher matcher = layer.matcher(copy.get(0));
            if (matcher.find()) {
                layers.add(matcher.group(1));
            }
        }
        return layers;
    }

    /** The ports of the runtime stage's EXPOSE instructions, as written. */
    static List<String> exposed(Dockerfile.Stage runtime) {
        return runtime.all("EXPOSE").stream().flatMap(expose -> Dockerfile.words(expose).stream()).toList();
    }

    /** A security context setting of the container, or the pod's where the container sets none (Kubernetes' precedence). */
    static <T> T securityContext(PodSpec pod, Container container, Function<SecurityContext, T> ofContainer,
                                 Function<PodSecurityContext, T> ofPod) {
        T value = container.getSecurityContext() == null ? null : ofContainer.apply(container.getSecurityContext());
        return value != null || pod.getSecurityContext() == null ? value : ofPod.apply(pod.getSecurityContext());
    }

    record Outcome(int exitCode, String output) {
    }

    /** Runs a command in the repository root with a bounded wait; output and errors together. */
    static Outcome run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("compose-dockerfile", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(Manifest.ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("%s did not finish within %ds", String.join(" ", command), TOOL_TIMEOUT_SECONDS);
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

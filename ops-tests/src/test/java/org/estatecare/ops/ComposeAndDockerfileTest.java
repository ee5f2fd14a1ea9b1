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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.estatecare.local.Deployables.Deployable;
import org.estatecare.testing.SystemTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docker-compose.yml and the Dockerfile, checked without a Docker daemon against the deployables of
 * {@code deploy/deployables.yml}: the compose file is valid for docker-compose; every deployable is a
 * compose service built from the one Dockerfile with its own arguments, gets the same configuration
 * keys as from the local launcher and the Helm chart, waits for what it needs and is health-checked;
 * the Dockerfile lints clean and runs the layered Boot jar of the module it is given as a non-root user
 * on the port it is given.
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
    static final Set<String> BUILD_ARGUMENTS = Set.of("MODULE", "NAME", "PORT", "DESCRIPTION");
    static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    static final String LAUNCHER_CLASS = "org.springframework.boot.loader.launch.JarLauncher";
    static final String DOCKERFILELINT = "dockerfilelint@1.8.0";
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
    void everyDeployableIsHealthCheckedOnItsPortAndWaitsUntilWhatItNeedsIsHealthy() {
        JsonNode services = compose().path("services");
        SoftAssertions softly = new SoftAssertions();
        for (Deployable deployable : Manifest.deployables()) {
            JsonNode service = services.path(deployable.name());
            softly.assertThat(hasHealthcheck(service)).as("%s: healthcheck", deployable.name()).isTrue();
            softly.assertThat(service.path("healthcheck").path("test").toString()).as("%s: healthcheck port", deployable.name())
                    .contains(":" + deployable.port() + "/actuator/health/readiness");
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

    @Test
    void prometheusScrapesEveryDeployableByItsName() {
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        for (JsonNode job : Manifest.YAML.readTree(PROMETHEUS.toFile()).path("scrape_configs")) {
            jobs.put(job.path("job_name").asString(), job);
        }
        for (Deployable deployable : Manifest.deployables()) {
            JsonNode job = jobs.get(deployable.name());
            assertThat(job).as("scrape job %s in %s", deployable.name(), PROMETHEUS).isNotNull();
            assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
            assertThat(job.path("static_configs").path(0).path("targets").path(0).asString())
                    .isEqualTo(deployable.name() + ":" + deployable.port());
        }
    }

    // ------------------------------------------------------------------ the Dockerfile

    @Test
    void theDockerfileLintsClean() throws Exception {
        Path npx = SystemTools.require("npx", "npm");
        List<String> command = List.of(npx.toString(), "--yes", DOCKERFILELINT, Manifest.ROOT.relativize(DOCKERFILE).toString());
        Outcome lint = run(command.toArray(String[]::new));
        assertThat(lint.exitCode()).as("%s:%n%s", String.join(" ", command), lint.output()).isZero();
    }

    @Test
    void theDockerfileRunsTheLayeredJarOfTheModuleItIsGivenAsNonRootOnThePortItIsGiven() throws IOException {
        List<String> instructions = instructions(DOCKERFILE);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(arguments(instructions, "ARG").stream().map(arg -> arg.split("=", 2)[0]).toList())
                .as("build arguments").containsAll(BUILD_ARGUMENTS);
        softly.assertThat(arguments(instructions, "RUN")).as("builds the module it is given")
                .anyMatch(run -> run.contains("-pl \"${MODULE}\" -am"))
                .anyMatch(run -> run.contains("\"${MODULE}/target/${NAME}-exec.jar\""))
                .anyMatch(run -> run.contains("-Djarmode=tools") && run.contains("extract --layers --launcher"));
        softly.assertThat(copiedLayers(instructions)).as("layers, least often changed first").containsExactlyElementsOf(LAYERS);
        softly.assertThat(arguments(instructions, "ENTRYPOINT")).as("ENTRYPOINT")
                .hasSize(1).allMatch(entrypoint -> entrypoint.replace(" ", "").equals("[\"java\",\"" + LAUNCHER_CLASS + "\"]"));
        List<String> users = arguments(instructions, "USER");
        softly.assertThat(users).as("USER").isNotEmpty();
        if (!users.isEmpty()) {
            softly.assertThat(users.get(users.size() - 1).split(":")[0]).as("runs as").isNotIn("root", "0");
        }
        softly.assertThat(arguments(instructions, "EXPOSE")).as("EXPOSE the port it is given").containsExactly("${PORT}");
        softly.assertThat(arguments(instructions, "ENV")).as("the application serves on that port")
                .anyMatch(env -> env.startsWith("SERVER_PORT=${PORT}"));
        softly.assertThat(arguments(instructions, "HEALTHCHECK")).as("HEALTHCHECK on the port it serves on")
                .hasSize(1).allMatch(check -> check.contains(":${SERVER_PORT}/actuator/health/liveness"));
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

    /** The Dockerfile's instructions, one per entry: comments dropped, continuation lines joined. */
    static List<String> instructions(Path dockerfile) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed).append(' ');
            if (!continues) {
                instructions.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return instructions;
    }

    /** The arguments of every instruction of one kind (RUN, USER, ...), in order. */
    static List<String> arguments(List<String> instructions, String keyword) {
        return instructions.stream().filter(i -> i.toUpperCase(Locale.ROOT).startsWith(keyword + " "))
                .map(i -> i.substring(keyword.length()).strip()).toList();
    }

    /** The Boot layers copied from the build stage, in the order of the COPY instructions. */
    static List<String> copiedLayers(List<String> instructions) {
        Pattern layer = Pattern.compile("--from=\\S+ /extracted/([a-z-]+)/");
        List<String> layers = new ArrayList<>();
        for (String copy : arguments(instructions, "COPY")) {
            Matcher matcher = layer.matcher(copy);
            if (matcher.find()) {
                layers.add(matcher.group(1));
            }
        }
        return layers;
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

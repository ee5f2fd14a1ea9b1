package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.assertj.core.api.SoftAssertions;
import org.estatecare.local.SystemTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml and the Dockerfiles, checked without a Docker daemon: the compose file is
 * valid for docker-compose, every service gets the same configuration keys as from the local
 * launcher and the Helm chart, waits for what it needs and is health-checked; every Dockerfile lints
 * clean and runs the layered Boot jar as a non-root user on the port its application.yml names.
 */
class ComposeAndDockerfilesTest {

    static final Path ROOT = Path.of("..");
    static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    static final Path PROMETHEUS = ROOT.resolve("deploy/prometheus/prometheus-compose.yml");
    static final Path LAUNCHER = ROOT.resolve("deploy/local/stack/src/main/java/org/estatecare/local/Launcher.java");
    static final Path GATEWAY_CONFIG = ROOT.resolve("gateway/src/main/resources/application.yml");

    /** The keys every service reads (README "Configuration"); the gateway reads only the identity ones. */
    static final Set<String> SHARED_KEYS = Set.of("MONGODB_URI", "MONGODB_DATABASE", "KAFKA_BOOTSTRAP_SERVERS",
            "OAUTH2_ISSUER_URI", "OAUTH2_AUDIENCE");
    static final Set<String> IDENTITY_KEYS = Set.of("OAUTH2_ISSUER_URI", "OAUTH2_AUDIENCE");
    static final List<String> SHARED_PREFIXES = List.of("MONGODB_", "KAFKA_", "OAUTH2_");
    static final List<String> SERVICE_NEEDS = List.of("mongo", "kafka", "keycloak");
    static final List<String> GATEWAY_NEEDS = List.of("keycloak");
    static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    static final String LAUNCHER_CLASS = "org.springframework.boot.loader.launch.JarLauncher";
    static final String DOCKERFILELINT = "dockerfilelint@1.8.0";
    static final long TOOL_TIMEOUT_SECONDS = 300;

    /** application.yml files may hold more documents (profiles) after the first: read the first only. */
    static final YAMLMapper YAML = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A deployable: compose service name, module folder, and for a service its database and gateway route key. */
    record Deployable(String name, String module, String database, String gatewayKey) {

        boolean isGateway() {
            return database == null;
        }

        Path dockerfile() {
            return ROOT.resolve(module).resolve("Dockerfile");
        }

        int port() {
            return YAML.readTree(ROOT.resolve(module).resolve("src/main/resources/application.yml"))
                    .path("server").path("port").asInt();
        }
    }

    // ------------------------------------------------------------------ docker-compose.yml

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Path dockerCompose = SystemTools.require("docker-compose", "docker-compose");
        Outcome config = run(dockerCompose.toString(), "-f", "docker-compose.yml", "config", "-q");
        assertThat(config.exitCode()).as("docker-compose config:%n%s", config.output()).isZero();
    }

    @Test
    void everySpringServiceSetsExactlyTheSharedKeysWithTheLauncherDatabase() {
        JsonNode services = compose().path("services");
        Set<String> issuers = new TreeSet<>();
        Set<String> mongoUris = new TreeSet<>();
        for (Deployable deployable : deployables()) {
            Map<String, String> env = environment(services.path(deployable.name()));
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
    void theGatewayHasAnAddressForEveryRouteOfItsConfiguration() {
        Map<String, String> env = environment(compose().path("services").path("gateway"));
        Set<String> keys = gatewayRouteKeys();
        assertThat(keys).as("estatecare.gateway.services in %s", GATEWAY_CONFIG).isNotEmpty();
        for (String key : keys) {
            assertThat(env).as("gateway route %s", key).containsKey(routeVariable(key));
        }
        for (Deployable service : deployables()) {
            if (!service.isGateway()) {
                assertThat(env).containsEntry(routeVariable(service.gatewayKey()),
                        "http://" + service.name() + ":" + service.port());
            }
        }
    }

    @Test
    void everySpringServiceIsHealthCheckedAndWaitsUntilWhatItNeedsIsHealthy() {
        JsonNode services = compose().path("services");
        SoftAssertions softly = new SoftAssertions();
        for (Deployable deployable : deployables()) {
            JsonNode service = services.path(deployable.name());
            softly.assertThat(hasHealthcheck(service)).as("%s: healthcheck", deployable.name()).isTrue();
            Map<String, String> dependsOn = dependsOn(service);
            for (String needed : deployable.isGateway() ? GATEWAY_NEEDS : SERVICE_NEEDS) {
                softly.assertThat(dependsOn).as("%s depends on", deployable.name()).containsEntry(needed, "service_healthy");
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
    void prometheusScrapesEverySpringServiceByItsName() {
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        for (JsonNode job : YAML.readTree(PROMETHEUS).path("scrape_configs")) {
            jobs.put(job.path("job_name").asString(), job);
        }
        for (Deployable deployable : deployables()) {
            JsonNode job = jobs.get(deployable.name());
            assertThat(job).as("scrape job %s in %s", deployable.name(), PROMETHEUS).isNotNull();
            assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
            assertThat(job.path("static_configs").path(0).path("targets").path(0).asString())
                    .isEqualTo(deployable.name() + ":" + deployable.port());
        }
    }

    // ------------------------------------------------------------------ Dockerfiles

    @Test
    void everyDockerfileLintsClean() throws Exception {
        Path npx = SystemTools.require("npx", "npm");
        List<String> command = new ArrayList<>(List.of(npx.toString(), "--yes", DOCKERFILELINT));
        deployables().forEach(deployable -> command.add(ROOT.relativize(deployable.dockerfile()).toString()));
        Outcome lint = run(command.toArray(String[]::new));
        assertThat(lint.exitCode()).as("%s:%n%s", String.join(" ", command), lint.output()).isZero();
    }

    @Test
    void everyDockerfileRunsTheLayeredJarOfItsModuleAsNonRootOnItsPort() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Deployable deployable : deployables()) {
            List<String> instructions = instructions(deployable.dockerfile());
            String port = String.valueOf(deployable.port());
            String file = ROOT.relativize(deployable.dockerfile()).toString();

            softly.assertThat(arguments(instructions, "RUN")).as("%s builds its module", file)
                    .anyMatch(run -> run.contains("-pl " + deployable.module() + " -am"))
                    .anyMatch(run -> run.contains(deployable.module() + "/target/" + finalName(deployable) + "-exec.jar"))
                    .anyMatch(run -> run.contains("-Djarmode=tools") && run.contains("extract --layers --launcher"));
            softly.assertThat(copiedLayers(instructions)).as("%s: layers, least often changed first", file)
                    .containsExactlyElementsOf(LAYERS);
            softly.assertThat(arguments(instructions, "ENTRYPOINT")).as("%s: ENTRYPOINT", file)
                    .hasSize(1).allMatch(entrypoint -> entrypoint.replace(" ", "").equals("[\"java\",\"" + LAUNCHER_CLASS + "\"]"));
            List<String> users = arguments(instructions, "USER");
            softly.assertThat(users).as("%s: USER", file).isNotEmpty();
            if (!users.isEmpty()) {
                softly.assertThat(users.get(users.size() - 1).split(":")[0]).as("%s: runs as", file).isNotIn("root", "0");
            }
            softly.assertThat(arguments(instructions, "EXPOSE")).as("%s: EXPOSE = server.port", file).containsExactly(port);
            softly.assertThat(arguments(instructions, "HEALTHCHECK")).as("%s: HEALTHCHECK", file)
                    .hasSize(1).allMatch(check -> check.contains(":" + port + "/actuator/health/liveness"));
        }
        softly.assertAll();
    }

    /**
     * One Dockerfile per deployable, but one recipe: they may differ only in the module, its jar name,
     * its port and its description, so a fix to one is a fix to all.
     */
    @Test
    void theDockerfilesAreOneRecipe() {
        List<String> recipes = deployables().stream().map(deployable -> read(deployable.dockerfile()).lines()
                        .filter(line -> !line.startsWith("#") && !line.contains("org.opencontainers.image.description"))
                        .map(line -> line.replace(deployable.module(), "<module>").replace(finalName(deployable), "<module>")
                                .replace(String.valueOf(deployable.port()), "<port>"))
                        .collect(java.util.stream.Collectors.joining("\n")))
                .toList();
        assertThat(recipes).as("the Dockerfiles, module, jar name and port aside").allMatch(recipes.get(0)::equals);
    }

    // ------------------------------------------------------------------ helpers

    /** The launcher's services (its SERVICES list) and the gateway: what compose and the Dockerfiles must cover. */
    static List<Deployable> deployables() {
        Matcher spec = Pattern.compile("new ServiceSpec\\(\"([^\"]+)\",\\s*\"([^\"]+)\",\\s*\\d+,\\s*\\d+,\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"\\)")
                .matcher(read(LAUNCHER));
        List<Deployable> deployables = new ArrayList<>();
        while (spec.find()) {
            deployables.add(new Deployable(spec.group(1), spec.group(2), spec.group(3), spec.group(4)));
        }
        assertThat(deployables).as("ServiceSpec entries in %s", LAUNCHER).isNotEmpty();
        deployables.add(new Deployable("gateway", "gateway", null, null));
        return deployables;
    }

    static JsonNode compose() {
        return YAML.readTree(COMPOSE);
    }

    /** A compose service's environment, in either the mapping or the list form; a key without a value maps to null. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String[] keyValue = entry.asString().split("=", 2);
                env.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : null);
            }
        } else {
            environment.properties().forEach(e -> env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        }
        return env;
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

    /** Spring Boot's environment variable for a route's address: dashes dropped, upper case. */
    static String routeVariable(String routeKey) {
        return "ESTATECARE_GATEWAY_SERVICES_" + routeKey.replace("-", "").toUpperCase(Locale.ROOT) + "_URI";
    }

    static Set<String> gatewayRouteKeys() {
        return new TreeSet<>(YAML.readTree(GATEWAY_CONFIG).path("estatecare").path("gateway").path("services").propertyNames());
    }

    /** The module's jar name: build/finalName of its pom. */
    static String finalName(Deployable deployable) {
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(read(ROOT.resolve(deployable.module()).resolve("pom.xml")));
        assertThat(finalName.find()).as("finalName in %s/pom.xml", deployable.module()).isTrue();
        return finalName.group(1);
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

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    record Outcome(int exitCode, String output) {
    }

    /** Runs a command in the repository root with a bounded wait; output and errors together. */
    static Outcome run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("compose-dockerfiles", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
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

package org.estatecare.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole platform on this machine, without Docker, and stops it all on Ctrl-C:
 * Kafka broker → one MongoDB-wire server per service database → Keycloak (or the development token
 * issuer where no Java 21+ exists) → each service (which loads the demo data on its first start) →
 * the gateway. {@code MONGODB_URI} or
 * {@code KAFKA_BOOTSTRAP_SERVERS} in the environment point the services at real servers instead.
 */
public final class Launcher {

    /**
     * The services that exist, in start order: name, module, default HTTP port, default Mongo port,
     * database, and the key of its route in the gateway ({@code estatecare.gateway.services.<key>}).
     */
    private static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("estate-registry", "services/estate-registry", 8081, 27101, "estate-registry", "registry"),
            new ServiceSpec("agreements", "services/agreements", 8082, 27102, "agreements", "agreements"),
            new ServiceSpec("complaints", "services/complaints", 8083, 27103, "complaints", "complaints"));

    record ServiceSpec(String name, String module, int defaultPort, int defaultMongoPort, String database,
                       String gatewayKey) {
    }

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final LocalSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Launcher(LocalSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Launcher launcher = new Launcher(LocalSettings.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "local-stack-shutdown"));
        try {
            launcher.startAll();
        } catch (Exception e) {
            launcher.out.println();
            launcher.out.println("  ✘ " + e.getMessage());
            System.exit(1);
        }
        launcher.stopped.await();
    }

    private void startAll() throws Exception {
        long begin = System.nanoTime();
        out.println("EstateCare local stack — data in " + settings.dataDir());
        int total = 3 + SERVICES.size() + (settings.externalMongoUri().isPresent() ? 0 : SERVICES.size())
                + (settings.prometheus() ? 1 : 0);
        Step step = new Step(total);

        String kafka = settings.externalKafka().orElseGet(() -> step.run("Kafka broker (KRaft)", () -> {
            LocalKafka broker = new LocalKafka(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaPort() + 1).start();
            started.add(broker);
            return new Started<>(broker.bootstrapServers(), "pid " + broker.pid());
        }));
        settings.externalKafka().ifPresent(k -> out.println("  • Kafka: using " + k));

        Map<String, String> mongoUris = new LinkedHashMap<>();
        for (ServiceSpec spec : SERVICES) {
            String uri = settings.externalMongoUri().orElseGet(() -> step.run("MongoDB wire server (" + spec.database() + ")", () -> {
                int port = LocalSettings.port(spec.name(), "mongo-port", spec.defaultMongoPort());
                LocalMongo mongo = LocalMongo.fileBacked(settings.dataDir().resolve("mongo").resolve(spec.database() + ".mv"), port);
                started.add(mongo);
                return new Started<>(mongo.uri(), "");
            }));
            mongoUris.put(spec.name(), uri);
        }
        settings.externalMongoUri().ifPresent(m -> out.println("  • MongoDB: using " + m));

        String issuer = startIdentity(step);

        Map<String, String> serviceUris = new LinkedHashMap<>();
        for (ServiceSpec spec : SERVICES) {
            ServiceProcess service = step.run(spec.name(), () -> {
                ServiceProcess process = new ServiceProcess(spec.name(), jar(spec.module(), spec.name()),
                        LocalSettings.port(spec.name(), "port", spec.defaultPort()),
                        settings.dataDir().resolve("logs").resolve(spec.name() + ".log"));
                services.add(process);
                Map<String, String> env = new LinkedHashMap<>();
                env.put("MONGODB_URI", mongoUris.get(spec.name()));
                env.put("MONGODB_DATABASE", spec.database());
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
                env.put("OAUTH2_ISSUER_URI", issuer);
                env.put("SPRING_PROFILES_ACTIVE", "local,demo");
                if (settings.externalMongoUri().isEmpty()) {
                    // mongo-java-server does not answer the driver's health command; real MongoDB keeps the check
                    env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
                }
                process.start(env);
                process.awaitReady(Duration.ofMinutes(3));
                return new Started<>(process, "http://" + Ports.LOOPBACK + ":" + process.port() + "  pid " + process.pid());
            });
            serviceUris.put(spec.gatewayKey(), "http://" + Ports.LOOPBACK + ":" + service.port());
        }

        ServiceProcess gateway = step.run("gateway", () -> {
            ServiceProcess process = new ServiceProcess("gateway", jar("gateway", "gateway"),
                    LocalSettings.port("gateway", "port", 8080), settings.dataDir().resolve("logs").resolve("gateway.log"));
            services.add(process);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("OAUTH2_ISSUER_URI", issuer);
            serviceUris.forEach((key, uri) -> env.put("ESTATECARE_GATEWAY_SERVICES_" + key.toUpperCase() + "_URI", uri));
            process.start(env);
            process.awaitReady(Duration.ofMinutes(2));
            return new Started<>(process, "http://" + Ports.LOOPBACK + ":" + process.port() + "  pid " + process.pid());
        });

        Optional<LocalPrometheus> prometheus = settings.prometheus() ? startPrometheus(step) : Optional.empty();

        out.printf("%nReady in %.1f s.%n%n", (System.nanoTime() - begin) / 1e9);
        String front = "http://" + Ports.LOOPBACK + ":" + gateway.port();
        out.printf("  %-18s %s/api        Swagger UI: %s/swagger-ui.html%n", "gateway (API)", front, front);
        for (ServiceProcess service : services) {
            out.printf("  %-18s http://%s:%d   log: %s%n", service.name(), Ports.LOOPBACK, service.port(),
                    settings.home().relativize(service.log()));
        }
        out.printf("  %-18s %s%n", "identity", issuer);
        out.printf("  %-18s %s%n", "kafka", kafka);
        prometheus.ifPresent(p -> out.printf("  %-18s %s   (alerts: %s/alerts)%n", "prometheus", p.url(), p.url()));
        out.println();
        out.println("Get a token (development users, password 'demo'):");
        out.printf("  curl -s -d grant_type=password -d client_id=estatecare-cli -d username=admin -d password=demo \\%n"
                + "    %s/protocol/openid-connect/token%n%n", issuer);
        out.println("Press Ctrl-C to stop everything.");
    }

    /**
     * A real Prometheus scraping every service and the gateway with the platform's alert rules, when
     * asked for ({@code ESTATECARE_PROMETHEUS=true}) and installed (Debian package {@code prometheus}).
     */
    private Optional<LocalPrometheus> startPrometheus(Step step) {
        Optional<java.nio.file.Path> binary = SystemTools.find("prometheus");
        if (binary.isEmpty()) {
            out.println("  • Prometheus asked for but not installed: apt-get install prometheus");
            return Optional.empty();
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            targets.put(service.name(), Ports.LOOPBACK + ":" + service.port());
        }
        return Optional.of(step.run("Prometheus (alerts of deploy/prometheus/rules)", () -> {
            LocalPrometheus started = LocalPrometheus.start(binary.get(), settings.dataDir().resolve("prometheus"),
                    settings.prometheusPort(), targets, settings.home().resolve("deploy/prometheus/rules/estatecare-alerts.yml"));
            this.started.add(started);
            return new Started<>(started, started.url() + "  pid " + started.pid());
        }));
    }

    /**
     * Keycloak with the realm as code when a Java 21+ is there (or {@code ESTATECARE_IDENTITY=dev-issuer}
     * is not set); otherwise the development token issuer on the same port and path, so the same curl
     * commands work.
     */
    private String startIdentity(Step step) {
        int port = settings.identityPort();
        Optional<LocalKeycloak> keycloak = "dev-issuer".equals(settings.identity()) ? Optional.empty()
                : LocalKeycloak.create(settings.dataDir().resolve("keycloak"), port);
        if (keycloak.isPresent()) {
            return step.run("Keycloak (realm estatecare)", () -> {
                LocalKeycloak started = keycloak.get().start();
                this.started.add(started);
                return new Started<>(started.issuer(), "pid " + started.pid());
            });
        }
        if (!"dev-issuer".equals(settings.identity())) {
            out.println("  • " + LocalKeycloak.unavailableReason() + "; using the development token issuer instead");
        }
        return step.run("Development token issuer", () -> {
            DevTokenIssuer tokens = DevTokenIssuer.start(port, settings.dataDir().resolve("issuer-key.json"));
            started.add(tokens);
            return new Started<>(tokens.issuer(), "");
        });
    }

    private java.nio.file.Path jar(String module, String name) {
        return settings.home().resolve(module).resolve("target").resolve(name + "-exec.jar");
    }

    private synchronized void stopAll() {
        if (stopped.getCount() == 0) {
            return;
        }
        out.println();
        out.println("Stopping…");
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
            out.println("  ■ " + services.get(i).name() + " stopped");
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                out.println("  ! " + e.getMessage());
            }
        }
        out.println("  ■ infrastructure stopped");
        stopped.countDown();
    }

    /** Prints one readable progress line per component: what starts, then how long it took and where. */
    private final class Step {
        /** On a terminal the line shows "starting…" and is rewritten when done; in a log, one line per step. */
        private final boolean interactive = System.console() != null;
        private final int total;
        private int current;

        Step(int total) {
            this.total = total;
        }

        <T> T run(String component, Checked<Started<T>> action) {
            current++;
            String label = String.format("  [%d/%d] %-52s", current, total, component);
            if (interactive) {
                out.print(label + "starting…");
            }
            long begin = System.nanoTime();
            try {
                Started<T> result = action.get();
                String where = result.value() instanceof String text ? text + "  " + result.detail() : result.detail();
                out.printf((interactive ? "\r" : "") + "%sready in %4.1f s   %s%n", label, (System.nanoTime() - begin) / 1e9, where.strip());
                return result.value();
            } catch (Exception e) {
                out.printf((interactive ? "\r" : "") + "%sFAILED%n", label);
                throw e instanceof RuntimeException r ? r : new IllegalStateException(component + ": " + e.getMessage(), e);
            }
        }
    }

    /** What a step started, and what to show about it. */
    private record Started<T>(T value, String detail) {
    }

    @FunctionalInterface
    interface Checked<T> {
        T get() throws Exception;
    }
}

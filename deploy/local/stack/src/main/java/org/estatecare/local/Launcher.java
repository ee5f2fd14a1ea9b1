package org.estatecare.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.estatecare.local.demo.DemoDataLoader;

/**
 * Starts the whole platform on this machine, without Docker, and stops it all on Ctrl-C:
 * Kafka broker → one MongoDB-wire server per service database → Keycloak (or the development token
 * issuer where no Java 21+ exists) → each deployable of {@code deploy/deployables.yml}, the gateway last →
 * the Hedong demo data, loaded through the gateway's API. {@code MONGODB_URI} or
 * {@code KAFKA_BOOTSTRAP_SERVERS} in the environment point the services at real servers instead.
 * With the argument {@code demo-data} it only loads the demo data into a platform already running
 * (the local stack or docker-compose's, at the same ports).
 */
public final class Launcher {

    /** The one address on this machine the local stack's webhooks may be delivered to (the README's receiver). */
    static final String DEVELOPMENT_RECEIVER = "127.0.0.1:9999";

    /** How long the demo data may wait, all together, for the services to learn estates from Kafka. */
    private static final Duration DEMO_PATIENCE = Duration.ofMinutes(3);

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final LocalSettings settings;
    private final Deployables deployables;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Launcher(LocalSettings settings) {
        this.settings = settings;
        this.deployables = Deployables.of(settings.home());
    }

    public static void main(String[] args) throws Exception {
        LocalSettings settings = LocalSettings.fromEnvironment();
        if (args.length > 0 && args[0].equals("demo-data")) {
            System.exit(loadDemoDataOnly(settings));
        }
        Launcher launcher;
        try {
            launcher = new Launcher(settings);
        } catch (RuntimeException e) {
            System.err.println("  ✘ " + e.getMessage());
            System.exit(1);
            return;
        }
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

    private static int loadDemoDataOnly(LocalSettings settings) {
        URI gateway = URI.create("http://" + Ports.LOOPBACK + ":"
                + LocalSettings.port("gateway", "port", Deployables.of(settings.home()).gateway().port()));
        System.out.println("Hedong demo data through " + gateway + " (tokens from " + settings.issuer() + ")");
        try {
            System.out.println("  " + DemoDataLoader.through(gateway, settings.issuer(), DEMO_PATIENCE).load().summary());
            return 0;
        } catch (RuntimeException e) {
            System.out.println("  ✘ " + e.getMessage());
            return 1;
        }
    }

    private void startAll() throws Exception {
        long begin = System.nanoTime();
        out.println("EstateCare local stack — data in " + settings.dataDir());
        List<Deployables.Deployable> specs = deployables.services();
        int total = 3 + specs.size() + (settings.externalMongoUri().isPresent() ? 0 : specs.size())
                + (settings.prometheus() ? 1 : 0) + (settings.demoData() ? 1 : 0);
        Step step = new Step(total);

        String kafka = settings.externalKafka().orElseGet(() -> step.run("Kafka broker (KRaft)", () -> {
            LocalKafka broker = new LocalKafka(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort()).start();
            started.add(broker);
            return new Started<>(broker.bootstrapServers(), "pid " + broker.pid());
        }));
        settings.externalKafka().ifPresent(k -> out.println("  • Kafka: using " + k));

        Map<String, String> mongoUris = new LinkedHashMap<>();
        for (Deployables.Deployable spec : specs) {
            String uri = settings.externalMongoUri().orElseGet(() -> step.run("MongoDB wire server (" + spec.database() + ")", () -> {
                int port = LocalSettings.port(spec.name(), "mongo-port", spec.local().mongoPort());
                LocalMongo mongo = LocalMongo.fileBacked(settings.dataDir().resolve("mongo").resolve(spec.database() + ".mv"), port);
                started.add(mongo);
                return new Started<>(mongo.uri(), "");
            }));
            mongoUris.put(spec.name(), uri);
        }
        settings.externalMongoUri().ifPresent(m -> out.println("  • MongoDB: using " + m));

        String issuer = startIdentity(step);

        Map<String, String> gatewayRoutes = new LinkedHashMap<>();
        // where callers reach the platform: Open311 discovery names its endpoint under it
        String publicBaseUrl = "http://" + Ports.LOOPBACK + ":"
                + LocalSettings.port(deployables.gateway().name(), "port", deployables.gateway().port());
        for (Deployables.Deployable spec : specs) {
            ServiceProcess service = step.run(spec.name(), () -> {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("MONGODB_URI", mongoUris.get(spec.name()));
                env.put("MONGODB_DATABASE", spec.database());
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
                env.put("OAUTH2_ISSUER_URI", issuer);
                env.put("ESTATECARE_OPEN311_PUBLIC_BASE_URL", publicBaseUrl);
                // a development receiver on this machine may take webhooks (deployments allow public addresses only)
                env.put("ESTATECARE_WEBHOOKS_ALLOWED_PRIVATE", DEVELOPMENT_RECEIVER);
                if (settings.externalMongoUri().isEmpty()) {
                    // mongo-java-server does not answer the driver's health command; real MongoDB keeps the check
                    env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
                }
                return startProcess(spec, env, Duration.ofMinutes(3));
            });
            gatewayRoutes.put(spec.gatewayRouteVariable(), "http://" + Ports.LOOPBACK + ":" + service.port());
        }

        ServiceProcess gateway = step.run(deployables.gateway().name(), () -> {
            Map<String, String> env = new LinkedHashMap<>(gatewayRoutes);
            env.put("OAUTH2_ISSUER_URI", issuer);
            return startProcess(deployables.gateway(), env, Duration.ofMinutes(2));
        });
        String front = "http://" + Ports.LOOPBACK + ":" + gateway.port();

        Optional<LocalPrometheus> prometheus = settings.prometheus() ? startPrometheus(step) : Optional.empty();

        if (settings.demoData()) {
            try {
                step.run("Hedong demo data (through the gateway's API)", () -> new Started<>(
                        DemoDataLoader.through(URI.create(front), issuer, DEMO_PATIENCE).load().summary(), ""));
            } catch (RuntimeException e) {
                // the platform serves without it; the load can be repeated on a running stack
                out.println("  • demo data not loaded: " + e.getMessage());
                out.println("    try again with: java -jar deploy/local/stack/target/local-stack-exec.jar demo-data");
            }
        }

        out.printf("%nReady in %.1f s.%n%n", (System.nanoTime() - begin) / 1e9);
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

    /** One deployable from its executable jar, on its configured port, once it reports ready. */
    private Started<ServiceProcess> startProcess(Deployables.Deployable spec, Map<String, String> env, Duration timeout)
            throws Exception {
        ServiceProcess process = new ServiceProcess(spec.name(), spec.jar(settings.home()),
                LocalSettings.port(spec.name(), "port", spec.port()),
                LocalSettings.port(spec.name(), "management-port", spec.managementPort()),
                settings.dataDir().resolve("logs").resolve(spec.name() + ".log"));
        services.add(process);
        process.start(env);
        process.awaitReady(timeout);
        return new Started<>(process, "http://" + Ports.LOOPBACK + ":" + process.port() + "  actuators :"
                + process.managementPort() + "  pid " + process.pid());
    }

    /**
     * A real Prometheus scraping every service and the gateway with the platform's alert rules, when
     * asked for ({@code ESTATECARE_PROMETHEUS=true}) and installed (Debian package {@code prometheus}).
     */
    private Optional<LocalPrometheus> startPrometheus(Step step) {
        Optional<java.nio.file.Path> binary = Executables.onPath("prometheus");
        if (binary.isEmpty()) {
            out.println("  • Prometheus asked for but not installed: apt-get install prometheus");
            return Optional.empty();
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            targets.put(service.name(), Ports.LOOPBACK + ":" + service.managementPort());
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
                : LocalKeycloak.create(settings.dataDir().resolve("keycloak"), port, settings.identityManagementPort());
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
            String label = String.format("  [%" + String.valueOf(total).length() + "d/%d] %-52s", current, total, component);
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

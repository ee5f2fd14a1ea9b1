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
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.estatecare.local.demo.DemoDataLoader;

/**
 * Starts the whole platform on this machine, without Docker, and stops it all on Ctrl-C. Side by side:
 * the Kafka broker, one MongoDB-wire server per service database and Keycloak (or the development token
 * issuer where no Java 21+ exists); each deployable of {@code deploy/deployables.yml} as soon as its
 * broker and database are ready, the gateway with them; then the Hedong demo data, loaded through the
 * gateway's API once all of them and the identity provider are ready. {@code MONGODB_URI} or
 * {@code KAFKA_BOOTSTRAP_SERVERS} in the environment point the services at real servers instead.
 * With the argument {@code demo-data} it only loads the demo data into a platform already running
 * (the local stack or docker-compose's, at the same ports).
 */
public final class Launcher {

    /** The one address on this machine the local stack's webhooks may be delivered to (the README's receiver). */
    static final String DEVELOPMENT_RECEIVER = "127.0.0.1:9999";

    /** How long the demo data may wait, all together, for the services to learn estates from Kafka. */
    private static final Duration DEMO_PATIENCE = Duration.ofMinutes(3);
    /**
     * Requests per second (and burst) the gateway lets the demo data's client make: its few hundred calls run at the
     * pace the services answer them, four side by side, instead of at an interactive caller's 20 per second.
     */
    static final int DEMO_DATA_RATE = 200;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final LocalSettings settings;
    private final Deployables deployables;
    /** Components registered before they start, so that a stop while they start stops them too. */
    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile StartPlan plan;
    private volatile boolean stopping;

    private Launcher(LocalSettings settings) {
        this.settings = settings;
        this.deployables = Deployables.of(settings.home());
    }

    public static void main(String[] args) throws Exception {
        OptionalInt relaunched = Relaunch.asNeeded();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
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
            launcher.requirePortsFree();
            launcher.startAll();
        } catch (Exception e) {
            if (launcher.stopping) {
                // Ctrl-C while starting: the shutdown stops what started
                return;
            }
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

    private void startAll() {
        out.println("EstateCare local stack — data in " + settings.dataDir());
        List<Deployables.Deployable> specs = deployables.services();
        StartPlan plan = new StartPlan(out, System.console() != null);
        this.plan = plan;

        // Kafka, the Mongo servers and the identity provider need nothing; the services need their broker and
        // database but not the identity provider (they fetch its keys on the first token they see); the
        // gateway needs only the services' addresses, known beforehand; the demo data needs them all.
        Optional<StartPlan.Step<String>> broker = settings.externalKafka().isPresent() ? Optional.empty()
                : Optional.of(plan.add("Kafka broker (KRaft)", () -> {
                    LocalKafka kafka = new LocalKafka(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                            settings.kafkaControllerPort()).withClassDataArchive();
                    started.add(kafka);
                    kafka.start();
                    return new StartPlan.Started<>(kafka.bootstrapServers(), "pid " + kafka.pid());
                }));
        settings.externalKafka().ifPresent(k -> out.println("  • Kafka: using " + k));
        Supplier<String> kafka = () -> settings.externalKafka().orElseGet(() -> broker.orElseThrow().value());

        Map<String, StartPlan.Step<String>> mongoServers = new LinkedHashMap<>();
        if (settings.externalMongoUri().isEmpty()) {
            for (Deployables.Deployable spec : specs) {
                mongoServers.put(spec.name(), plan.add("MongoDB wire server (" + spec.database() + ")", () -> {
                    int port = LocalSettings.port(spec.name(), "mongo-port", spec.local().mongoPort());
                    LocalMongo mongo = LocalMongo.fileBacked(settings.dataDir().resolve("mongo").resolve(spec.database() + ".mv"), port);
                    started.add(mongo);
                    return new StartPlan.Started<>(mongo.uri(), "");
                }));
            }
        }
        settings.externalMongoUri().ifPresent(m -> out.println("  • MongoDB: using " + m));

        StartPlan.Step<String> identity = addIdentity(plan);
        String issuer = settings.issuer();

        Map<String, String> gatewayRoutes = new LinkedHashMap<>();
        // where callers reach the platform: Open311 discovery names its endpoint under it
        String publicBaseUrl = "http://" + Ports.LOOPBACK + ":"
                + LocalSettings.port(deployables.gateway().name(), "port", deployables.gateway().port());
        List<StartPlan.Step<ServiceProcess>> platform = new ArrayList<>();
        for (Deployables.Deployable spec : specs) {
            List<StartPlan.Step<?>> needs = new ArrayList<>();
            broker.ifPresent(needs::add);
            Optional.ofNullable(mongoServers.get(spec.name())).ifPresent(needs::add);
            ServiceProcess service = serviceProcess(spec);
            platform.add(plan.add(spec.name(), needs, () -> {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("MONGODB_URI", settings.externalMongoUri().orElseGet(() -> mongoServers.get(spec.name()).value()));
                env.put("MONGODB_DATABASE", spec.database());
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.get());
                env.put("OAUTH2_ISSUER_URI", issuer);
                env.put("ESTATECARE_OPEN311_PUBLIC_BASE_URL", publicBaseUrl);
                // a development receiver on this machine may take webhooks (deployments allow public addresses only)
                env.put("ESTATECARE_WEBHOOKS_ALLOWED_PRIVATE", DEVELOPMENT_RECEIVER);
                if (settings.externalMongoUri().isEmpty()) {
                    // mongo-java-server does not answer the driver's health command; real MongoDB keeps the check
                    env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
                }
                return startProcess(service, env, Duration.ofMinutes(3));
            }));
            gatewayRoutes.put(spec.gatewayRouteVariable(), "http://" + Ports.LOOPBACK + ":" + service.port());
        }

        ServiceProcess gatewayProcess = serviceProcess(deployables.gateway());
        platform.add(plan.add(deployables.gateway().name(), () -> {
            Map<String, String> env = new LinkedHashMap<>(gatewayRoutes);
            env.put("OAUTH2_ISSUER_URI", issuer);
            // the demo data is a bulk import: its client has a limit of its own, every other caller the default
            env.put("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_0_CLIENT_ID", DemoDataLoader.CLIENT);
            env.put("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_0_REQUESTS_PER_SECOND", Integer.toString(DEMO_DATA_RATE));
            env.put("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_0_BURST", Integer.toString(DEMO_DATA_RATE));
            return startProcess(gatewayProcess, env, Duration.ofMinutes(2));
        }));
        String front = "http://" + Ports.LOOPBACK + ":" + gatewayProcess.port();

        Optional<StartPlan.Step<LocalPrometheus>> prometheus = settings.prometheus() ? addPrometheus(plan) : Optional.empty();

        Optional<StartPlan.Step<String>> demo = Optional.empty();
        if (settings.demoData()) {
            List<StartPlan.Step<?>> needs = new ArrayList<>(platform);
            needs.add(identity);
            // the platform serves without it; the load can be repeated on a running stack
            demo = Optional.of(plan.addOptional("Hedong demo data (through the gateway's API)", needs, () -> new StartPlan.Started<>(
                    DemoDataLoader.through(URI.create(front), issuer, DEMO_PATIENCE).load().summary(), "")));
        }

        plan.run();
        demo.flatMap(StartPlan.Step::failure).ifPresent(e -> {
            out.println("  • demo data not loaded: " + e.getMessage());
            out.println("    try again with: java -jar deploy/local/stack/target/local-stack-exec.jar demo-data");
        });

        out.printf("%nReady in %.1f s.%n%n", plan.elapsedSeconds());
        out.printf("  %-18s %s/api        Swagger UI: %s/swagger-ui.html%n", "gateway (API)", front, front);
        for (ServiceProcess service : services) {
            out.printf("  %-18s http://%s:%d   log: %s%n", service.name(), Ports.LOOPBACK, service.port(),
                    settings.home().relativize(service.log()));
        }
        out.printf("  %-18s %s%n", "identity", identity.value());
        out.printf("  %-18s %s%n", "kafka", kafka.get());
        prometheus.map(StartPlan.Step::value)
                .ifPresent(p -> out.printf("  %-18s %s   (alerts: %s/alerts)%n", "prometheus", p.url(), p.url()));
        out.println();
        out.println("Get a token (development users, password 'demo'):");
        out.printf("  curl -s -d grant_type=password -d client_id=estatecare-cli -d username=admin -d password=demo \\%n"
                + "    %s/protocol/openid-connect/token%n%n", issuer);
        out.println("Press Ctrl-C to stop everything.");
    }

    private ServiceProcess serviceProcess(Deployables.Deployable spec) {
        ServiceProcess process = new ServiceProcess(spec.name(), spec.jar(settings.home()),
                settings.dataDir().resolve("apps").resolve(spec.name()),
                LocalSettings.port(spec.name(), "port", spec.port()),
                LocalSettings.port(spec.name(), "management-port", spec.managementPort()),
                settings.dataDir().resolve("logs").resolve(spec.name() + ".log"));
        services.add(process);
        return process;
    }

    /** One deployable from its executable jar, on its configured port, once it reports ready. */
    private StartPlan.Started<ServiceProcess> startProcess(ServiceProcess process, Map<String, String> env, Duration timeout)
            throws Exception {
        process.start(env);
        process.awaitReady(timeout);
        return new StartPlan.Started<>(process, "http://" + Ports.LOOPBACK + ":" + process.port() + "  actuators :"
                + process.managementPort() + "  pid " + process.pid());
    }

    /**
     * A real Prometheus scraping every service and the gateway with the platform's alert rules, when
     * asked for ({@code ESTATECARE_PROMETHEUS=true}) and installed (Debian package {@code prometheus}).
     * It needs nothing started: a target not up yet is scraped once it is.
     */
    private Optional<StartPlan.Step<LocalPrometheus>> addPrometheus(StartPlan plan) {
        Optional<java.nio.file.Path> binary = Executables.onPath("prometheus");
        if (binary.isEmpty()) {
            out.println("  • Prometheus asked for but not installed: apt-get install prometheus");
            return Optional.empty();
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            targets.put(service.name(), Ports.LOOPBACK + ":" + service.managementPort());
        }
        return Optional.of(plan.add("Prometheus (alerts of deploy/prometheus/rules)", () -> {
            LocalPrometheus started = LocalPrometheus.start(binary.get(), settings.dataDir().resolve("prometheus"),
                    settings.prometheusPort(), targets, settings.home().resolve("deploy/prometheus/rules/estatecare-alerts.yml"));
            this.started.add(started);
            return new StartPlan.Started<>(started, started.url() + "  pid " + started.pid());
        }));
    }

    /**
     * Keycloak with the realm as code when a Java 21+ is there (or {@code ESTATECARE_IDENTITY=dev-issuer}
     * is not set); otherwise the development token issuer on the same port and path, so the same curl
     * commands work.
     */
    private StartPlan.Step<String> addIdentity(StartPlan plan) {
        int port = settings.identityPort();
        Optional<LocalKeycloak> keycloak = "dev-issuer".equals(settings.identity()) ? Optional.empty()
                : LocalKeycloak.create(settings.dataDir().resolve("keycloak"), port, settings.identityManagementPort())
                        .map(LocalKeycloak::withFastStart);
        if (keycloak.isPresent()) {
            return plan.add("Keycloak (realm estatecare)", () -> {
                started.add(keycloak.get());
                LocalKeycloak running = keycloak.get().start();
                return new StartPlan.Started<>(running.issuer(), "pid " + running.pid());
            });
        }
        if (!"dev-issuer".equals(settings.identity())) {
            out.println("  • " + LocalKeycloak.unavailableReason() + "; using the development token issuer instead");
        }
        return plan.add("Development token issuer", () -> {
            DevTokenIssuer tokens = DevTokenIssuer.start(port, settings.dataDir().resolve("issuer-key.json"));
            started.add(tokens);
            return new StartPlan.Started<>(tokens.issuer(), "");
        });
    }

    /** Every port of this machine's platform, checked together before anything starts. */
    private void requirePortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (settings.externalKafka().isEmpty()) {
            ports.put(settings.kafkaPort(), "Kafka broker");
            ports.put(settings.kafkaControllerPort(), "Kafka controller");
        }
        ports.put(settings.identityPort(), "identity provider");
        if (!"dev-issuer".equals(settings.identity()) && LocalKeycloak.javaHome().isPresent()) {
            ports.put(settings.identityManagementPort(), "Keycloak management interface");
        }
        for (Deployables.Deployable spec : deployables.deployables()) {
            if (!spec.isGateway() && settings.externalMongoUri().isEmpty()) {
                ports.put(LocalSettings.port(spec.name(), "mongo-port", spec.local().mongoPort()), "MongoDB wire server (" + spec.database() + ")");
            }
            ports.put(LocalSettings.port(spec.name(), "port", spec.port()), spec.name());
            ports.put(LocalSettings.port(spec.name(), "management-port", spec.managementPort()), spec.name() + " (actuators)");
        }
        if (settings.prometheus()) {
            ports.put(settings.prometheusPort(), "Prometheus");
        }
        ports.forEach((port, what) -> Ports.requireFree(port, what));
    }

    private void stopAll() {
        StartPlan starting = plan;
        if (starting != null) {
            // what is still starting gives up first, so everything below finds its components whole
            starting.cancel(Duration.ofSeconds(30));
        }
        synchronized (this) {
            if (stopped.getCount() == 0) {
                return;
            }
            stopping = true;
            out.println();
            out.println("Stopping…");
            List<ServiceProcess> processes = new ArrayList<>(services);
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).stop();
                out.println("  ■ " + processes.get(i).name() + " stopped");
            }
            List<AutoCloseable> infrastructure = new ArrayList<>(started);
            for (int i = infrastructure.size() - 1; i >= 0; i--) {
                try {
                    infrastructure.get(i).close();
                } catch (Exception e) {
                    out.println("  ! " + e.getMessage());
                }
            }
            out.println("  ■ infrastructure stopped");
            stopped.countDown();
        }
    }
}

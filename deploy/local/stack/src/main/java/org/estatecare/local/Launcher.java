package org.estatecare.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole platform on this machine, without Docker, and stops it all on Ctrl-C:
 * Kafka broker → one MongoDB-wire server per service database → development token issuer → each
 * service (which loads the demo data on its first start). {@code MONGODB_URI} or
 * {@code KAFKA_BOOTSTRAP_SERVERS} in the environment point the services at real servers instead.
 */
public final class Launcher {

    /** The services that exist, in start order: name, default HTTP port, default Mongo port, database. */
    private static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("estate-registry", "services/estate-registry", 8081, 27101, "estate-registry"));

    record ServiceSpec(String name, String module, int defaultPort, int defaultMongoPort, String database) {
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
        int total = 2 + SERVICES.size() + (settings.externalMongoUri().isPresent() ? 0 : SERVICES.size());
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

        String issuer = step.run("Development token issuer", () -> {
            DevTokenIssuer tokens = DevTokenIssuer.start(settings.issuerPort(), settings.dataDir().resolve("issuer-key.json"));
            started.add(tokens);
            return new Started<>(tokens.issuer(), "");
        });

        for (ServiceSpec spec : SERVICES) {
            step.run(spec.name(), () -> {
                ServiceProcess service = new ServiceProcess(spec.name(),
                        settings.home().resolve(spec.module()).resolve("target").resolve(spec.name() + "-exec.jar"),
                        LocalSettings.port(spec.name(), "port", spec.defaultPort()),
                        settings.dataDir().resolve("logs").resolve(spec.name() + ".log"));
                services.add(service);
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
                service.start(env);
                service.awaitReady(Duration.ofMinutes(3));
                return new Started<>(service, "http://" + Ports.LOOPBACK + ":" + service.port() + "  pid " + service.pid());
            });
        }

        out.printf("%nReady in %.1f s.%n%n", (System.nanoTime() - begin) / 1e9);
        for (ServiceProcess service : services) {
            out.printf("  %-18s http://%s:%d/api   (OpenAPI UI: /swagger-ui.html, log: %s)%n", service.name(),
                    Ports.LOOPBACK, service.port(), settings.home().relativize(service.log()));
        }
        out.printf("  %-18s %s%n", "token issuer", issuer);
        out.printf("  %-18s %s%n%n", "kafka", kafka);
        out.println("Get a token (development users, password 'demo'):");
        out.printf("  curl -s -d grant_type=password -d username=admin -d password=demo %s/protocol/openid-connect/token%n%n", issuer);
        out.println("Press Ctrl-C to stop everything.");
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
            String label = String.format("  [%d/%d] %-40s", current, total, component);
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

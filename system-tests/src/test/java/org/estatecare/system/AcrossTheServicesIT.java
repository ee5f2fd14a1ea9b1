package org.estatecare.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.client.EstateCare;
import org.estatecare.client.Page;
import org.estatecare.client.ProblemException;
import org.estatecare.client.TokenSource;
import org.estatecare.local.Deployables;
import org.estatecare.local.Deployables.Deployable;
import org.estatecare.local.LocalKeycloak;
import org.estatecare.local.Ports;
import org.estatecare.local.ServiceProcess;
import org.estatecare.local.demo.DemoDataLoader;
import org.estatecare.testing.PrometheusText;
import org.estatecare.testing.TestHttp;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services as deployed — packaged jars as processes behind the gateway, the real broker, the wire
 * server and Keycloak's tokens — and the flows that cross them: estates announced by the registry,
 * agreements announced by the agreements service, learnt by the others from Kafka alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcrossTheServicesIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final Deployables DEPLOYABLES = Deployables.of(Path.of(".."));
    static LocalKeycloak keycloak;
    /** Every deployable of deploy/deployables.yml, started from its packaged jar, in start order. */
    static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    static ServiceProcess gateway;

    @BeforeAll
    static void startTheStack() throws Exception {
        keycloak = TestInfrastructure.keycloak().orElse(null);
        Assumptions.assumeTrue(keycloak != null, LocalKeycloak.unavailableReason());
        Path logs = Files.createTempDirectory("estatecare-system");
        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", INFRA.kafka().bootstrapServers());
        common.put("MONGODB_URI", INFRA.mongo().uri());
        common.put("OAUTH2_ISSUER_URI", keycloak.issuer());
        common.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
        common.put("ESTATECARE_METRICS_BUSINESS_REFRESH_INTERVAL", "2s");
        // callers reach the platform at the gateway: Open311 discovery names its endpoint there
        int gatewayPort = Ports.free();
        common.put("ESTATECARE_OPEN311_PUBLIC_BASE_URL", "http://127.0.0.1:" + gatewayPort);
        // the department's endpoint of the webhook flow is on loopback: allowed to this receiver alone
        common.put("ESTATECARE_WEBHOOKS_ALLOWED_PRIVATE", "127.0.0.1:" + RECEIVER.getAddress().getPort());
        // every span of every process goes to the test's OTLP receiver
        Map<String, String> tracing = Map.of("OTLP_TRACES_ENDPOINT", TRACES.endpoint(), "TRACING_SAMPLING_PROBABILITY", "1.0");
        common.putAll(tracing);

        Map<String, String> routes = new LinkedHashMap<>();
        // each service its own database and consumer group, as deployed (the group defaults to the service name)
        String run = "-" + System.nanoTime();
        for (Deployable service : DEPLOYABLES.services()) {
            ServiceProcess process = start(service, logs);
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("MONGODB_DATABASE", "system-" + service.database());
            env.put("SPRING_KAFKA_CONSUMER_GROUP_ID", service.name() + run);
            process.start(env);
            routes.put(service.gatewayRouteVariable(), "http://127.0.0.1:" + process.port());
        }
        gateway = start(DEPLOYABLES.gateway(), logs, gatewayPort);
        Map<String, String> gatewayEnv = new LinkedHashMap<>(routes);
        gatewayEnv.put("OAUTH2_ISSUER_URI", keycloak.issuer());
        gatewayEnv.putAll(tracing);
        gateway.start(gatewayEnv);
        for (ServiceProcess process : PROCESSES) {
            process.awaitReady(Duration.ofMinutes(2));
        }
    }

    static ServiceProcess start(Deployable deployable, Path logs) {
        return start(deployable, logs, Ports.free());
    }

    static ServiceProcess start(Deployable deployable, Path logs, int port) {
        ServiceProcess process = new ServiceProcess(deployable.name(),
                deployable.jar(Path.of("..")).toAbsolutePath().normalize(), port, Ports.free(), logs.resolve(deployable.name() + ".log"));
        PROCESSES.add(process);
        return process;
    }

    @AfterAll
    static void stopTheStack() {
        RECEIVER.stop(0);
        TRACES.close();
        for (int i = PROCESSES.size() - 1; i >= 0; i--) {
            PROCESSES.get(i).stop();
        }
    }

    /**
     * The launcher's demo client loads the Hedong district through the gateway with the realm's demo
     * client; a second load finds it all there and adds nothing. The flows below then run beside it.
     */
    @Test
    @Order(0)
    @DisplayName("the demo data loads through the gateway's API, and a second load adds nothing")
    void theDemoDataLoadsThroughTheApiOnce() {
        DemoDataLoader loader = DemoDataLoader.through(URI.create(base()), keycloak.issuer(), Duration.ofMinutes(3));

        DemoDataLoader.Outcome first = loader.load();
        DemoDataLoader.Outcome second = loader.load();

        assertThat(first.estates()).as(first.summary()).isEqualTo(first.demoEstates());
        assertThat(first.agreements()).as(first.summary()).isEqualTo(first.demoAgreements()).isPositive();
        assertThat(first.publications()).as(first.summary()).isPositive();
        assertThat(first.schemes()).as(first.summary()).isEqualTo(first.demoSchemes()).isPositive();
        assertThat(first.inspections()).as(first.summary()).isPositive();
        assertThat(first.surveys()).as(first.summary()).isOne();
        assertThat(first.assessments()).as(first.summary()).isGreaterThanOrEqualTo(first.demoGraded()).isPositive();
        assertThat(first.subsidyDecisions()).as(first.summary()).isPositive();
        assertThat(first.allocationRuns()).as(first.summary()).isEqualTo(3);
        assertThat(first.maintainedStreets()).as(first.summary()).isPositive();
        assertThat(first.maintainedEstates()).as(first.summary()).isPositive();
        assertThat(first.fundUses()).as(first.summary()).isPositive();
        assertThat(first.jointMeetings()).as(first.summary()).isEqualTo(2);
        assertThat(first.districtReferrals()).as(first.summary()).isEqualTo(2);
        assertThat(second).as(second.summary()).isEqualTo(new DemoDataLoader.Outcome(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                first.demoEstates(), first.demoAgreements(), first.demoSchemes(), first.demoGraded(), first.gradedQuarter(), 0, 0,
                0, 0, 0, 0, 0));
        // the README's tours: an included estate of 新华社区 that no company serves yet
        EstateCare admin = api("admin");
        String estate = admin.estates().list(null, "chunhua-xinhua", "INCLUDED", 0, 1).content().get(0).path("id").asString();
        assertThat(estate).isNotBlank();
        assertThat(admin.agreements().list(estate, null, null, null, null, null).content()).isEmpty();
    }

    @Test
    @Order(1)
    @DisplayName("a department's system reads through the gateway with the Java client and its own client credentials")
    void aDepartmentReadsWithTheJavaClient() {
        EstateCare housing = EstateCare.connect(URI.create(base()), TokenSource.clientCredentials(
                URI.create(keycloak.tokenEndpoint()), "dept-housing", "dev-housing-secret"));

        Page estates = housing.estates().list("chunhua", null, "INCLUDED", 0, 5);

        assertThat(estates.content()).isNotEmpty().allSatisfy(e -> assertThat(e.path("street").toString()).contains("chunhua"));
        assertThat(estates.page().totalElements()).isGreaterThanOrEqualTo(estates.content().size());
        assertThatThrownBy(() -> housing.estates().get("no-such-estate")).isInstanceOf(ProblemException.NotFound.class);
        assertThatThrownBy(() -> housing.estates().register(registration("部门不能登记里")))
                .as("a department reads; registering is the district's").isInstanceOf(ProblemException.Forbidden.class);
    }

    @Test
    @Order(2)
    @DisplayName("R-ELIG-1, R-CMP-3: estate included in the registry → complaint filed and tracked through Open311 at the gateway, "
            + "with the residents' committee while no company serves the estate")
    void open311RoundTripThroughTheGateway() {
        String estate = includedEstate("系统测试里");

        TestHttp anonymous = at(null);
        JsonNode discovery = JSON.readTree(anonymous.get("/open311/v2/discovery.json").body());
        assertThat(discovery.path("endpoints").get(0).path("url").asString()).as("absolute, where callers reach it")
                .isEqualTo(base() + "/open311/v2");
        JsonNode services = JSON.readTree(anonymous.get("/open311/v2/services.json").body());
        assertThat(services).extracting(s -> s.path("service_code").asString()).contains("GROUND_LOCK");

        String resident = token("resident");
        String form = "service_code=GROUND_LOCK&description=" + enc("车棚里私设地锁") + "&address_string=" + enc("车棚")
                + "&attribute%5Bestate_id%5D=" + estate + "&first_name=" + enc("建华") + "&last_name=" + enc("王")
                + "&phone=13812345678";
        // the complaints service learns the inclusion from estates.v1: retry until it has
        HttpResponse<String>[] posted = new HttpResponse[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            posted[0] = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/open311/v2/requests.json"))
                    .header("Authorization", "Bearer " + resident)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return posted[0].statusCode() == 200;
        });
        String id = JSON.readTree(posted[0].body()).get(0).path("service_request_id").asString();

        JsonNode request = JSON.readTree(at(resident).get("/open311/v2/requests/" + id + ".json").body()).get(0);
        assertThat(request.path("status").asString()).isEqualTo("open");
        assertThat(request.path("service_code").asString()).isEqualTo("GROUND_LOCK");
        // no company serves the estate yet: the residents' committee dissuades first
        assertThat(request.path("agency_responsible").asString()).isEqualTo("社区居民委员会");
        assertThat(request.path("address_id").asString()).isEqualTo(estate);
    }

    @Test
    @Order(3)
    @DisplayName("R-AGR-1, R-AGR-5, R-EXIT-2: an agreement signed through the gateway; its company handles the estate's "
            + "complaints; the registry's exit ends the agreement and the company's access")
    void anAgreementAcrossTheRegistryAgreementsAndComplaints() {
        String estate = includedEstate("协议测试里");
        EstateCare admin = api("admin");
        try {
            admin.agreements().registerCompany(JSON.readTree("""
                    {"id": "anju", "name": "天津安居物业服务有限公司", "creditCode": "91120102MA05KXXX1Y", "legalRepresentative": "王安居"}"""));
        } catch (ProblemException.Conflict registeredBefore) {
            // a second run of the suite against the same database
        }
        try {
            admin.agreements().addFeeStandard(JSON.readTree("""
                    {"estateClass": "CLASS_2", "basis": "PER_SQUARE_METRE_MONTH", "minimum": 0.80, "maximum": 1.50, "effectiveFrom": "2025-01-01"}"""));
        } catch (ProblemException inForceAlready) {
            // a second run of the suite: one standard per class and day (the classification below needs it either way)
        }
        // the agreements service learns the estate from estates.v1: retry until it has
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(ProblemException.class)
                .until(() -> admin.agreements().classify(estate, JSON.readTree("{\"estateClass\": \"CLASS_2\", \"from\": \"2026-01-01\"}")) != null);

        EstateCare street = api("chunhua-officer");
        JsonNode draft = street.agreements().draft(JSON.readTree("""
                {"estateId": "%s", "companyId": "anju", "termStart": "2026-02-01", "termEnd": "2029-01-31",
                 "basicServices": {"gateDuty": {"hoursPerDay": 24, "posts": 2}, "patrol": {"roundsPerDay": 4},
                   "cleaning": {"timesPerWeek": 7, "scope": "楼道、道路"}, "parking": {"scope": "施划停车位"}},
                 "fee": {"basis": "PER_SQUARE_METRE_MONTH", "amount": 1.10}}""".formatted(estate)));
        String agreement = draft.path("id").asString();
        assertThat(street.agreements().sign(agreement, JSON.readTree("{}")).path("id").asString()).isEqualTo(agreement);

        // a complaint is routed by who serves the estate on its day: once the complaints service has learnt from
        // agreements.v1 that 安居物业 serves it, the complaint goes to the company (earlier ones to the street office)
        EstateCare resident = api("resident");
        EstateCare company = api("company-anju");
        String[] complaint = new String[1];
        int[] attempt = {0};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(ProblemException.class)
                .until(() -> {
                    JsonNode view = resident.complaints().file(JSON.readTree("""
                            {"estateId": "%s", "category": "SERVICE_CLEANING", "place": "%d号楼楼道", "description": "楼道三天没有清扫"}"""
                            .formatted(estate, ++attempt[0])));
                    complaint[0] = view.path("id").asString();
                    return view.path("handler").path("kind").path("code").asString().equals("SERVICE_COMPANY");
                });
        assertThat(company.complaints().get(complaint[0]).path("id").asString()).isEqualTo(complaint[0]);
        assertThat(company.complaints().acknowledge(complaint[0]).path("id").asString()).isEqualTo(complaint[0]);

        // the district records the estate's exit in the registry; the agreement ends the day before, by events alone
        admin.estates().exit(estate, JSON.readTree("{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2026-11-01\"}"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                admin.agreements().get(agreement).path("status").path("code").asString().equals("TERMINATED"));
        assertThat(admin.agreements().get(agreement).path("lastDay").asString()).isEqualTo("2026-10-31");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(ProblemException.class)
                .until(() -> {
                    try {
                        company.complaints().get(complaint[0]);
                        return false;
                    } catch (ProblemException.NotFound gone) {
                        return true;
                    }
                });
    }

    /**
     * Every metric the Grafana dashboards and the Prometheus alerts use is exported by a running
     * service or the gateway (after the flows above, so business gauges have something to count).
     */
    @Test
    @Order(4)
    @DisplayName("a department's webhook receives, signed, the complaint filed on its street through the gateway")
    void aDepartmentsWebhookReceivesWhatHappensOnItsStreet() throws Exception {
        EstateCare housing = EstateCare.connect(URI.create(base()), TokenSource.clientCredentials(
                URI.create(keycloak.tokenEndpoint()), "dept-housing", "dev-housing-secret"));
        String url = "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/housing/events";
        JsonNode subscription = housing.webhooks().subscribe(JSON.readTree("""
                {"url": "%s", "eventTypes": ["complaints.complaint.filed"], "streets": ["chunhua"]}""".formatted(url)));
        String secret = subscription.path("secret").asString();
        String estate = includedEstate("回调测试里");

        EstateCare resident = api("resident");
        String[] complaint = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(ProblemException.class)
                .until(() -> {
                    complaint[0] = resident.complaints().file(JSON.readTree("""
                            {"estateId": "%s", "category": "GROUND_LOCK", "place": "车棚", "description": "车棚里私设地锁"}"""
                            .formatted(estate))).path("id").asString();
                    return true;
                });

        await().atMost(Duration.ofSeconds(60)).until(() -> RECEIVED.stream().anyMatch(r -> r.body().contains(complaint[0])));
        Received delivery = RECEIVED.stream().filter(r -> r.body().contains(complaint[0])).findFirst().orElseThrow();
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())),
                "HmacSHA256"));
        String signed = delivery.headers().get("webhook-id") + "." + delivery.headers().get("webhook-timestamp") + "." + delivery.body();
        assertThat(delivery.headers().get("webhook-signature")).isEqualTo("v1," + java.util.Base64.getEncoder()
                .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))));
        JsonNode event = JSON.readTree(delivery.body());
        assertThat(event.path("type").asString()).isEqualTo("complaints.complaint.filed");
        assertThat(event.path("data").path("estateId").asString()).isEqualTo(estate);
        // the log records the attempt once the receiver has answered
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(housing.webhooks()
                .deliveries(subscription.path("id").asString(), "DELIVERED", 0, 20).content())
                .extracting(d -> d.path("eventId").asString()).contains(delivery.headers().get("webhook-id")));
    }

    /** What the department's endpoint received: its headers (lower case) and body. */
    record Received(Map<String, String> headers, String body) {
    }

    static final List<Received> RECEIVED = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final com.sun.net.httpserver.HttpServer RECEIVER = receiver();

    static com.sun.net.httpserver.HttpServer receiver() {
        try {
            var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
                RECEIVED.add(new Received(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    @DisplayName("every metric of deploy/grafana/dashboards and deploy/prometheus/rules is exported by the running services")
    void everyMetricTheDashboardsAndAlertsUseIsExported() {
        Map<String, Set<String>> used = PromQl.usedByDashboardsAndAlerts(Path.of(".."));
        assertThat(used).as("dashboards and alert rules found").hasSizeGreaterThanOrEqualTo(4);
        Set<String> all = new TreeSet<>();
        used.values().forEach(all::addAll);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(exported());
            assertThat(missing).as("metrics used but exported by no service").isEmpty();
        });
    }

    static final OtlpReceiver TRACES = OtlpReceiver.start();

    /**
     * A request through the gateway, the registry's event relayed to the broker later, the agreements service's
     * consumer: one trace, each span's parent the step before it, back to the gateway's span with the caller's
     * correlation id.
     */
    @Test
    @Order(6)
    @DisplayName("one trace spans gateway → estate registry → broker → agreements' consumer, found by the correlation id")
    void oneTraceSpansTheGatewayTheRegistryTheBrokerAndTheAgreementsConsumer() {
        try {
            api("admin").estates().addStreet(JSON.readTree("{\"code\": \"chunhua\", \"name\": \"春华街道\", \"communities\": "
                    + "[{\"code\": \"chunhua-xinhua\", \"name\": \"新华社区\"}]}"));
        } catch (ProblemException known) {
            // the demo data or an earlier test recorded it
        }
        String correlation = "trace-test-" + System.nanoTime();
        TestHttp.Response registered = at(token("admin")).header("X-Correlation-Id", correlation)
                .post("/api/estates", JSON.writeValueAsString(registration("追踪测试里")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        // the gateway began the trace (the caller sent none) and names the correlation id on its span
        OtlpReceiver.ReceivedSpan front = await().atMost(Duration.ofSeconds(60)).until(() -> TRACES.spans().stream()
                .filter(s -> correlation.equals(s.attributes().get("correlation.id"))).findFirst().orElse(null), span -> span != null);
        assertThat(front.service()).isEqualTo("gateway");
        assertThat(front.kind()).isEqualTo("SPAN_KIND_SERVER");
        assertThat(front.isRoot()).as("no caller's trace to continue").isTrue();

        // the agreements service consumed the registry's event in that trace, its chain of parents whole to the root
        List<OtlpReceiver.ReceivedSpan> chain = await().atMost(Duration.ofSeconds(60)).until(() -> TRACES.spans().stream()
                .filter(s -> s.traceId().equals(front.traceId()) && s.service().equals("agreements")
                        && s.kind().equals("SPAN_KIND_CONSUMER"))
                .map(TRACES::ancestry).filter(ancestry -> ancestry.get(ancestry.size() - 1).isRoot()).findFirst().orElse(null),
                ancestry -> ancestry != null);
        assertThat(chain.get(chain.size() - 1)).as("the chain ends at the gateway's span").isEqualTo(front);
        assertThat(chain).extracting(s -> s.service() + " " + s.kind()).as("consumer back to the front door")
                .containsSubsequence("agreements SPAN_KIND_CONSUMER", "estate-registry SPAN_KIND_PRODUCER",
                        "estate-registry SPAN_KIND_SERVER", "gateway SPAN_KIND_CLIENT", "gateway SPAN_KIND_SERVER");
        List<String> services = new ArrayList<>();
        chain.forEach(s -> {
            if (services.isEmpty() || !services.get(services.size() - 1).equals(s.service())) {
                services.add(s.service());
            }
        });
        assertThat(services).as("each process once, in order").containsExactly("agreements", "estate-registry", "gateway");
    }

    /** The metric names the four processes export on /actuator/prometheus now. */
    static Set<String> exported() throws Exception {
        Set<String> names = new TreeSet<>();
        for (ServiceProcess process : PROCESSES) {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.managementPort() + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            names.addAll(PrometheusText.names(body));
        }
        return names;
    }

    /** An estate of 新华社区 registered, accepted, filed and included (company mode) through the gateway; returns its id. */
    static String includedEstate(String name) {
        EstateCare admin = api("admin");
        try {
            admin.estates().addStreet(JSON.readTree("{\"code\": \"chunhua\", \"name\": \"春华街道\", \"communities\": "
                    + "[{\"code\": \"chunhua-xinhua\", \"name\": \"新华社区\"}]}"));
        } catch (ProblemException known) {
            // the demo data or an earlier test recorded it (the registration below needs it either way)
        }
        String estate = admin.estates().register(registration(name)).path("id").asString();
        assertThat(estate).isNotBlank();
        api("inspector").estates().acceptTakeover(estate, JSON.readTree("{\"acceptedOn\": \"2026-01-10\", \"items\": "
                + JSON.writeValueAsString(DemoDataLoader.STANDARD_MET) + "}"));
        admin.estates().file(estate, JSON.readTree("{\"filedOn\": \"2026-01-20\"}"));
        JsonNode included = admin.estates().include(estate, JSON.readTree("{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}"));
        assertThat(included.path("id").asString()).isEqualTo(estate);
        return estate;
    }

    static JsonNode registration(String name) {
        return JSON.readTree("""
                {"name": "%s", "street": "chunhua", "community": "chunhua-xinhua", "address": "春华街9号",
                 "buildings": 6, "households": 240, "floorArea": 15000, "location": {"latitude": 39.13, "longitude": 117.22},
                 "renovation": {"approvalDocument": "津政批〔2025〕1号", "approvedOn": "2025-04-01",
                   "acceptance": "QUALIFIED", "acceptedOn": "2025-12-20", "municipalSubsidy": true}}""".formatted(name));
    }

    /** The APIs through the gateway with Keycloak tokens of a demo user, each kept while it is fresh. */
    static EstateCare api(String user) {
        return EstateCare.connect(URI.create(base()), new TokenSource() {
            private String token;
            private long fetchedAt;

            @Override
            public synchronized String token() {
                if (token == null || System.nanoTime() - fetchedAt > Duration.ofSeconds(60).toNanos()) {
                    token = AcrossTheServicesIT.token(user);
                    fetchedAt = System.nanoTime();
                }
                return token;
            }
        });
    }

    static String base() {
        return "http://127.0.0.1:" + gateway.port();
    }

    static TestHttp at(String token) {
        return new TestHttp(base(), token);
    }

    static String token(String user) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=estatecare-cli&username=" + user
                            + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

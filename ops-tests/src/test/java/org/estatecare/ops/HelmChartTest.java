package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.estatecare.local.Deployables.Deployable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart, checked without a cluster: lint --strict, rendered with the default values, with the
 * production-like example and with the values an operator adds, every manifest parsed into its typed
 * Kubernetes object, and the rules every workload must keep. A broken template or an unknown values key
 * fails here.
 */
class HelmChartTest {

    static final Path CHART = Path.of("../helm/estatecare");
    static final Path PRODUCTION = CHART.resolve("examples/production-values.yaml");
    static final Path DOCKERFILE = Path.of("../deploy/docker/Dockerfile");
    static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    static final String KUBE_VERSION = "1.31.0";
    /** The keys every service reads, as the local launcher and docker-compose set them. */
    static final Set<String> SHARED_KEYS = Set.of("MONGODB_URI", "MONGODB_DATABASE", "KAFKA_BOOTSTRAP_SERVERS",
            "OAUTH2_ISSUER_URI", "OAUTH2_AUDIENCE");
    /** What the JVM needs beside its heap: metaspace, code cache, thread stacks, direct buffers (Netty, Kafka). */
    static final BigDecimal NON_HEAP_MINIMUM = Quantity.getAmountInBytes(new Quantity("256Mi"));
    /** Spring's graceful shutdown waits at most this long per phase unless told otherwise. */
    static final int SPRING_DEFAULT_SHUTDOWN_SECONDS = 30;
    /**
     * The timeout is per shutdown phase: after the web server's (the requests in flight) come the Kafka listener
     * containers and the rest, which the grace period leaves this long.
     */
    static final int LATER_SHUTDOWN_PHASES_SECONDS = 15;
    /** Variables the JVM prints to its log when it starts ("Picked up JDK_JAVA_OPTIONS: ..."). */
    static final Pattern JVM_OPTIONS = Pattern.compile(".*JAVA_OPTIONS|JAVA_TOOL_OPTIONS");
    static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|JAAS|TOKEN|CREDENTIAL|PRIVATE|_KEY$).*");
    static final Pattern SECRET_IN_TEXT = Pattern.compile("(?i)(password|passwd|secret|jaas\\.config|private.?key)\\s*[=:]\\s*[^\\s;\"']");
    static final Pattern URL_CREDENTIALS = Pattern.compile("://[^/\\s:@]+:[^/\\s@]+@");

    /** An operator's additions: references, whole Secrets and ConfigMaps, a truststore, one component's own. */
    static final String OPERATOR_EXTRAS = """
            env:
              ESTATECARE_WEB_MAX_TEXT_LENGTH: 1000000
              DEPT_SECRET: {valueFrom: {secretKeyRef: {name: estatecare-departments, key: housing}}}
              REGION: {valueFrom: {configMapKeyRef: {name: district, key: region}}}
              JDK_JAVA_OPTIONS: -Djavax.net.ssl.trustStore=/etc/estatecare/tls/truststore.p12 -Djavax.net.ssl.trustStorePassword=$(TRUSTSTORE_PASSWORD)
              TRUSTSTORE_PASSWORD: {valueFrom: {configMapKeyRef: {name: estatecare-truststore, key: password}}}
            extraEnvFrom:
              - secretRef: {name: estatecare-shared}
            extraVolumes:
              - name: truststore
                configMap: {name: estatecare-truststore}
            extraVolumeMounts:
              - {name: truststore, mountPath: /etc/estatecare/tls, readOnly: true}
            components:
              gateway:
                env:
                  ESTATECARE_WEB_MAX_TEXT_LENGTH: "5000"
                  ESTATECARE_CORS_ALLOWED_ORIGINS: https://portal.example.org
              complaints:
                extraEnvFrom:
                  - configMapRef: {name: complaints-routing}
                    prefix: ROUTING_
                extraVolumes:
                  - name: templates
                    configMap: {name: complaints-templates}
                extraVolumeMounts:
                  - {name: templates, mountPath: /etc/estatecare/templates, readOnly: true}
            """;

    @Test
    void theChartLintsCleanUnderStrict() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void theComponentsOfTheValuesAreTheDeployablesWithTheirPortsDatabasesAndRoutes() {
        JsonNode components = YAMLMapper.builder().build().readTree(CHART.resolve("values.yaml").toFile()).path("components");
        assertThat(new TreeSet<>(components.propertyNames())).as("components in values.yaml").isEqualTo(Manifest.names());
        for (Deployable deployable : Manifest.deployables()) {
            JsonNode component = components.path(deployable.name());
            assertThat(component.path("port").asInt()).as("%s: port", deployable.name()).isEqualTo(deployable.port());
            assertThat(component.path("managementPort").asInt()).as("%s: managementPort", deployable.name())
                    .isEqualTo(deployable.managementPort());
            assertThat(component.path("database").asString(null)).as("%s: database", deployable.name())
                    .isEqualTo(deployable.database());
            assertThat(component.path("gatewayKey").asString(null)).as("%s: gatewayKey", deployable.name())
                    .isEqualTo(deployable.gatewayRoute());
        }
    }

    @Test
    void everyWorkloadProbesItsManagementPortHasResourcesRunsNonRootAndHasItsServicesAndNetworkPolicy() {
        for (List<HasMetadata> manifests : List.of(render(), render(PRODUCTION))) {
            List<Deployment> deployments = of(manifests, Deployment.class);
            assertThat(deployments).extracting(d -> d.getMetadata().getName())
                    .as("a Deployment per deployable of deploy/deployables.yml").containsExactlyInAnyOrderElementsOf(Manifest.names());
            for (Deployment deployment : deployments) {
                String name = deployment.getMetadata().getName();
                Deployable deployable = Manifest.named(name);
                var pod = deployment.getSpec().getTemplate().getSpec();
                Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
                Container container = pod.getContainers().get(0);

                assertThat(containerPorts(container)).as(name + ": its ports in deploy/deployables.yml")
                        .containsExactlyInAnyOrderEntriesOf(Map.of("http", deployable.port(), "management", deployable.managementPort()));
                assertThat(env(deployment)).as(name + ": the application serves its actuators where the probes ask")
                        .anyMatch(e -> e.getName().equals("MANAGEMENT_SERVER_PORT") && e.getValue().equals(String.valueOf(deployable.managementPort())));
                assertProbe(name, container.getStartupProbe(), "/actuator/health/liveness");
                assertProbe(name, container.getLivenessProbe(), "/actuator/health/liveness");
                assertProbe(name, container.getReadinessProbe(), "/actuator/health/readiness");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
                assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).contains("ALL");
                assertThat(container.getVolumeMounts()).as(name + ": a writable /tmp").anyMatch(m -> m.getMountPath().equals("/tmp"));

                Service service = named(manifests, Service.class, name);
                assertThat(podLabels).as(name + " pods selected by its Service").containsAllEntriesOf(service.getSpec().getSelector());
                assertThat(service.getSpec().getPorts()).as(name + ": its Service carries the application's port only")
                        .singleElement().satisfies(p -> {
                            assertThat(p.getName()).isEqualTo("http");
                            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
                        });
                Service management = named(manifests, Service.class, name + "-management");
                assertThat(podLabels).as(name + " pods selected by its management Service")
                        .containsAllEntriesOf(management.getSpec().getSelector());
                assertThat(management.getSpec().getPorts()).singleElement().satisfies(p -> {
                    assertThat(p.getName()).isEqualTo("management");
                    assertThat(p.getTargetPort().getStrVal()).isEqualTo("management");
                    assertThat(p.getPort()).isEqualTo(deployable.managementPort());
                });

                NetworkPolicy policy = named(manifests, NetworkPolicy.class, name);
                assertThat(podLabels).as(name + " pods selected by its NetworkPolicy")
                        .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());

                HorizontalPodAutoscaler hpa = named(manifests, HorizontalPodAutoscaler.class, name);
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
                PodDisruptionBudget pdb = named(manifests, PodDisruptionBudget.class, name);
                assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
            }
        }
    }

    @Test
    void nothingGetsInOrOutUnlessAComponentAllowsItAndServicesOnlyAcceptTheGateway() {
        List<HasMetadata> manifests = render();
        NetworkPolicy deny = named(manifests, NetworkPolicy.class, "default-deny");
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
        for (String service : Manifest.services().stream().map(Deployable::name).toList()) {
            List<NetworkPolicyPeer> from = named(manifests, NetworkPolicy.class, service).getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getFrom().stream()).toList();
            assertThat(from).as(service).anyMatch(peer -> peer.getPodSelector() != null
                    && "gateway".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")));
            assertThat(from).as(service + ": only the gateway's pods and the monitoring namespace")
                    .allMatch(peer -> peer.getPodSelector() != null || peer.getNamespaceSelector() != null);
        }
    }

    @Test
    void prometheusReachesOnlyTheManagementPortAndTheGatewayAndIngressOnlyTheApplicationsPort() {
        for (List<HasMetadata> manifests : List.of(render(), render(PRODUCTION))) {
            for (Deployable deployable : Manifest.deployables()) {
                List<NetworkPolicyIngressRule> rules = named(manifests, NetworkPolicy.class, deployable.name()).getSpec().getIngress();
                assertThat(rules).as(deployable.name() + ": every rule names its ports").allMatch(rule -> rule.getPorts() != null
                        && !rule.getPorts().isEmpty());
                for (NetworkPolicyIngressRule rule : rules) {
                    Set<Integer> ports = rule.getPorts().stream().map(NetworkPolicyPort::getPort).map(p -> p.getIntVal()).collect(Collectors.toSet());
                    boolean fromMonitoring = rule.getFrom().stream().anyMatch(peer -> peer.getNamespaceSelector() != null
                            && "monitoring".equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")));
                    if (fromMonitoring) {
                        assertThat(rule.getFrom()).as(deployable.name() + ": the monitoring namespace in a rule of its own").hasSize(1);
                        assertThat(ports).as(deployable.name() + ": Prometheus reaches the management port only")
                                .containsExactly(deployable.managementPort());
                    } else {
                        assertThat(ports).as(deployable.name() + ": callers reach the application's port only").containsExactly(deployable.port());
                    }
                }
                assertThat(rules).as(deployable.name() + ": Prometheus may scrape").anyMatch(rule -> rule.getPorts().stream()
                        .anyMatch(p -> deployable.managementPort().equals(p.getPort().getIntVal())));
            }
            NetworkPolicy gateway = named(manifests, NetworkPolicy.class, Manifest.gateway().name());
            Set<Integer> managementPorts = Manifest.deployables().stream().map(Deployable::managementPort).collect(Collectors.toSet());
            assertThat(gateway.getSpec().getEgress()).as("the gateway calls the services' application ports, never their actuators")
                    .flatExtracting(rule -> rule.getPorts()).extracting(p -> p.getPort().getIntVal()).doesNotContainAnyElementsOf(managementPorts);
        }
    }

    @Test
    void noServiceTheIngressRoutesToExposesAManagementPortAndEveryServiceMonitorScrapesIt() {
        List<HasMetadata> manifests = render(PRODUCTION);
        Set<Integer> managementPorts = Manifest.deployables().stream().map(Deployable::managementPort).collect(Collectors.toSet());
        Ingress ingress = named(manifests, Ingress.class, "gateway");
        List<String> backends = ingress.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService().getName()).toList();
        assertThat(backends).isNotEmpty();
        for (String backend : backends) {
            assertThat(named(manifests, Service.class, backend).getSpec().getPorts()).as("Service %s behind the Ingress", backend)
                    .noneMatch(p -> "management".equals(p.getName()) || managementPorts.contains(p.getPort())
                            || "management".equals(p.getTargetPort().getStrVal()));
        }

        List<GenericKubernetesResource> monitors = generic(manifests, "ServiceMonitor");
        assertThat(monitors).hasSize(Manifest.deployables().size());
        for (GenericKubernetesResource monitor : monitors) {
            Map<?, ?> spec = (Map<?, ?>) monitor.getAdditionalProperties().get("spec");
            assertThat(spec.get("jobLabel")).as("job is the component's name, as the alerts select").isEqualTo("app.kubernetes.io/name");
            @SuppressWarnings("unchecked")
            Map<String, String> selector = (Map<String, String>) ((Map<?, ?>) spec.get("selector")).get("matchLabels");
            List<Service> selected = of(manifests, Service.class).stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).as(monitor.getMetadata().getName() + ": selects its management Service alone").singleElement()
                    .satisfies(s -> assertThat(s.getMetadata().getName()).isEqualTo(monitor.getMetadata().getName() + "-management"));
            assertThat((List<?>) spec.get("endpoints")).as(monitor.getMetadata().getName()).isNotEmpty().allSatisfy(endpoint -> {
                assertThat(((Map<?, ?>) endpoint).get("port")).isEqualTo("management");
                assertThat(((Map<?, ?>) endpoint).get("path")).isEqualTo("/actuator/prometheus");
            });
        }
    }

    @Test
    void productionAddsATlsIngressAlertRulesAndDashboards() throws IOException {
        List<HasMetadata> manifests = render(PRODUCTION);
        Ingress ingress = named(manifests, Ingress.class, "gateway");
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly("estatecare.hedong.gov.cn");
        assertThat(env(named(manifests, Deployment.class, "complaints"))).as("Open311 discovery names the public address")
                .anyMatch(e -> e.getName().equals("ESTATECARE_OPEN311_PUBLIC_BASE_URL")
                        && "https://estatecare.hedong.gov.cn".equals(e.getValue()));
        assertThat(env(named(render(), Deployment.class, "complaints"))).as("without a host: the gateway in the cluster")
                .anyMatch(e -> e.getName().equals("ESTATECARE_OPEN311_PUBLIC_BASE_URL") && "http://gateway:8080".equals(e.getValue()));
        GenericKubernetesResource rules = generic(manifests, "PrometheusRule").get(0);
        Map<?, ?> spec = (Map<?, ?>) rules.getAdditionalProperties().get("spec");
        assertThat((List<?>) spec.get("groups")).as("the alert groups of deploy/prometheus/rules").isNotEmpty();
        long dashboards;
        try (Stream<Path> files = Files.list(Path.of("../deploy/grafana/dashboards"))) {
            dashboards = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertThat(dashboards).as("dashboards in deploy/grafana/dashboards").isPositive();
        List<ConfigMap> dashboardMaps = of(manifests, ConfigMap.class).stream()
                .filter(c -> "1".equals(c.getMetadata().getLabels().get("grafana_dashboard"))).toList();
        assertThat(dashboardMaps).hasSize((int) dashboards).allMatch(c -> "monitoring".equals(c.getMetadata().getNamespace()));
    }

    @Test
    void everyServiceReadsTheSharedKeysAndTheGatewayKnowsEveryRoute() {
        List<HasMetadata> manifests = render();
        Map<String, String> shared = named(manifests, ConfigMap.class, "config").getData();
        for (Deployment deployment : of(manifests, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Set<String> keys = new TreeSet<>(shared.keySet());
            env(deployment).forEach(e -> keys.add(e.getName()));
            if (name.equals(Manifest.gateway().name())) {
                Set<String> routes = gatewayServiceKeys().stream()
                        .map(key -> "ESTATECARE_GATEWAY_SERVICES_" + key.toUpperCase() + "_URI").collect(Collectors.toSet());
                assertThat(keys).containsAll(routes);
            } else {
                assertThat(keys).as(name).containsAll(SHARED_KEYS);
            }
        }
        Map<String, String> gatewayEnv = env(named(manifests, Deployment.class, Manifest.gateway().name())).stream()
                .filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        for (Deployable service : Manifest.services()) {
            assertThat(gatewayEnv).containsEntry(service.gatewayRouteVariable(), "http://" + service.name() + ":" + service.port());
            assertThat(env(named(manifests, Deployment.class, service.name()))).as(service.name())
                    .anyMatch(e -> e.getName().equals("MONGODB_DATABASE") && service.database().equals(e.getValue()));
        }
    }

    @Test
    void theGatewaysRateLimitsRenderAsWholeNumbersAndAClientNamedTwiceFailsTheInstall() {
        Map<String, String> env = env(named(render(values("""
                gateway:
                  rateLimit:
                    requestsPerSecond: 1000000
                    burst: 2000000
                    clients:
                      - {clientId: dept-housing-import, requestsPerSecond: 1500000, burst: 3000000}
                      - {clientId: dept-city-management, requestsPerSecond: 100, burst: 200}
                """)), Deployment.class, Manifest.gateway().name())).stream()
                .filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));

        assertThat(env).containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "1000000")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_BURST", "2000000")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_0_CLIENT_ID", "dept-housing-import")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_0_REQUESTS_PER_SECOND", "1500000")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_0_BURST", "3000000")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_1_CLIENT_ID", "dept-city-management")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_1_REQUESTS_PER_SECOND", "100")
                .containsEntry("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_1_BURST", "200");
        assertThat(env(named(render(), Deployment.class, Manifest.gateway().name())))
                .as("by default no client has a limit of its own")
                .noneMatch(e -> e.getName().startsWith("ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_"));

        assertRenderFails("""
                gateway:
                  rateLimit:
                    clients:
                      - {clientId: dept-housing-import, requestsPerSecond: 100, burst: 200}
                      - {clientId: dept-housing-import, requestsPerSecond: 5, burst: 5}
                """, "names dept-housing-import twice");
        assertRenderFails("gateway: {rateLimit: {clients: [{clientId: dept-housing-import, requestsPerSecond: 0, burst: 5}]}}",
                "requestsPerSecond");
        assertRenderFails("gateway: {rateLimit: {clients: [{requestsPerSecond: 5, burst: 5}]}}", "clientId");
        assertRenderFails("gateway: {rateLimit: {clients: [{clientId: dept-housing-import, requestsPerSecond: 5, burst: 5, limit: 9}]}}",
                "limit");
    }

    @Test
    void tracesGoToTheConfiguredCollectorAndLogsAreJsonEverywhere() {
        Map<String, String> byDefault = named(render(), ConfigMap.class, "config").getData();
        assertThat(byDefault).containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                .containsEntry("OTLP_TRACES_ENDPOINT", "").containsEntry("TRACING_SAMPLING_PROBABILITY", "0.1");
        assertThat(egressPorts(render(), "gateway")).as("no collector, no way out to one").doesNotContain(4318);

        List<HasMetadata> traced = render(values("""
                tracing: {otlpEndpoint: "http://tempo.monitoring:4318/v1/traces", samplingProbability: 0.25}
                """));
        assertThat(named(traced, ConfigMap.class, "config").getData())
                .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                .containsEntry("OTLP_TRACES_ENDPOINT", "http://tempo.monitoring:4318/v1/traces")
                .containsEntry("TRACING_SAMPLING_PROBABILITY", "0.25");
        for (Deployable deployable : Manifest.deployables()) {
            assertThat(egressPorts(traced, deployable.name())).as(deployable.name() + " may reach the collector").contains(4318);
        }
        assertRenderFails("tracing: {samplingProbability: 1.5}", "samplingProbability");
        assertRenderFails("tracing: {otlpEndpoint: tempo:4318}", "otlpEndpoint");
    }

    @Test
    void eachServiceReachesItsOwnDatabaseAsItsOwnUserFromItsOwnSecret() {
        List<HasMetadata> manifests = render(PRODUCTION);
        Map<String, String> secretOfService = new HashMap<>();
        for (Deployable service : Manifest.services()) {
            List<EnvVar> env = env(named(manifests, Deployment.class, service.name()));
            EnvVar uri = variable(env, "MONGODB_URI");
            String secret;
            if (uri.getValueFrom() != null) {
                secret = uri.getValueFrom().getSecretKeyRef().getName();
                assertThat(uri.getValue()).isNull();
            } else {
                EnvVar username = variable(env, "MONGODB_USERNAME");
                EnvVar password = variable(env, "MONGODB_PASSWORD");
                secret = username.getValueFrom().getSecretKeyRef().getName();
                assertThat(username.getValue()).as(service.name()).isNull();
                assertThat(password.getValue()).as(service.name()).isNull();
                assertThat(password.getValueFrom().getSecretKeyRef().getName()).as(service.name()).isEqualTo(secret);
                assertThat(uri.getValue()).as(service.name() + ": the servers, the service's database and the options; "
                                + "the credentials stay out of the URI, so no character of a password can break it")
                        .isEqualTo("mongodb://mongo-0.mongo.data:27017,mongo-1.mongo.data:27017,mongo-2.mongo.data:27017/"
                                + service.database() + "?replicaSet=rs0&tls=true");
            }
            secretOfService.put(service.name(), secret);
        }
        assertThat(new TreeSet<>(secretOfService.values())).as("a Secret per service: " + secretOfService)
                .hasSameSizeAs(Manifest.services());
        assertThat(env(named(manifests, Deployment.class, "webhooks"))).as("the whole-URI form")
                .anyMatch(e -> e.getName().equals("MONGODB_URI") && e.getValueFrom() != null
                        && "mongodb-uri".equals(e.getValueFrom().getSecretKeyRef().getKey()));
        assertThat(env(named(manifests, Deployment.class, "gateway"))).as("the gateway has no database")
                .noneMatch(e -> e.getName().startsWith("MONGODB_"));
    }

    @Test
    void theKeysOfTheDeploymentComeFromSecretsToTheServiceThatUsesEachAlone() {
        List<HasMetadata> manifests = render(PRODUCTION);
        Map<String, String> keys = Map.of("ESTATECARE_WEBHOOKS_SECRET_KEY", "webhooks",
                "ESTATECARE_SURVEY_HOUSEHOLD_KEY", "assessments");
        keys.forEach((name, owner) -> {
            for (Deployable deployable : Manifest.deployables()) {
                List<EnvVar> env = env(named(manifests, Deployment.class, deployable.name()));
                if (deployable.name().equals(owner)) {
                    EnvVar key = variable(env, name);
                    assertThat(key.getValue()).as(name).isNull();
                    assertThat(key.getValueFrom().getSecretKeyRef().getName()).as(name).isNotBlank();
                } else {
                    assertThat(env).as(deployable.name() + " has no " + name).noneMatch(e -> e.getName().equals(name));
                }
            }
        });
        assertThat(env(named(render(), Deployment.class, "webhooks")))
                .as("without a Secret named the service runs on its development key and says so")
                .noneMatch(e -> e.getName().equals("ESTATECARE_WEBHOOKS_SECRET_KEY"));
    }

    @Test
    void aProductionInstallWithoutTheKeysOfTheDeploymentFailsAndADevelopmentOneIsWarned() {
        assertProductionFails("webhooks: {secretKeySecret: \"\"}", "set webhooks.secretKeySecret");
        assertProductionFails("surveys: {householdKeySecret: \"\"}", "set surveys.householdKeySecret");
        assertThat(of(render(PRODUCTION, values("""
                webhooks: {secretKeySecret: ""}
                components: {webhooks: {enabled: false}}
                """)), Deployment.class)).as("a service not installed needs no key").extracting(d -> d.getMetadata().getName())
                .doesNotContain("webhooks");

        String development = notes();
        assertThat(development).as("the notes of a development install")
                .contains("WARNING: webhooks.secretKeySecret is not set", "ESTATECARE_WEBHOOKS_SECRET_KEY")
                .contains("WARNING: surveys.householdKeySecret is not set", "ESTATECARE_SURVEY_HOUSEHOLD_KEY");
        assertThat(notes(PRODUCTION)).as("the notes of the production example").contains("EstateCare")
                .doesNotContain("WARNING");
    }

    @Test
    void aDnsSeedListIsTakenForEveryServiceOrOneAndNeedsOneHostName() {
        List<HasMetadata> manifests = render(PRODUCTION, values("""
                mongodb: {scheme: mongodb+srv, host: estatecare.abcde.mongodb.net, options: "authSource=admin"}
                components:
                  agreements:
                    mongodb: {existingSecret: estatecare-agreements, usernameKey: u, passwordKey: p, scheme: mongodb, host: "mongo-9:27017"}
                """));
        assertThat(variable(env(named(manifests, Deployment.class, "complaints")), "MONGODB_URI").getValue())
                .isEqualTo("mongodb+srv://estatecare.abcde.mongodb.net/complaints?authSource=admin");
        assertThat(variable(env(named(manifests, Deployment.class, "agreements")), "MONGODB_URI").getValue())
                .as("a component's own scheme and host win").isEqualTo("mongodb://mongo-9:27017/agreements?authSource=admin");
        List<EnvVar> subsidies = env(named(manifests, Deployment.class, "subsidies"));
        assertThat(variable(subsidies, "MONGODB_PASSWORD").getValueFrom().getSecretKeyRef().getKey()).isEqualTo("mongodb-password");
        assertThat(subsidies).as("nothing expands the credentials").allSatisfy(e ->
                assertThat(String.valueOf(e.getValue())).doesNotContain("$(MONGODB_"));

        assertProductionFails("mongodb: {scheme: mongodb+srv}", "mongodb+srv takes one host name without a port");
        assertRenderFails("mongodb: {scheme: srv}", "/mongodb/scheme");
        assertRenderFails("components: {agreements: {mongodb: {existingSecret: a, usernameKey: u, passwordKey: p, scheme: mongodb+tls}}}",
                "/components/agreements/mongodb");
    }

    @Test
    void theReadmesMinimalProductionInstallRendersWithASecretPerServiceAndTheKeys() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher block = Pattern.compile("cat > my-values.yaml <<'YAML'\n(.*?)\nYAML\n", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README shows the minimal values").isTrue();

        List<HasMetadata> manifests = render(values(block.group(1)));

        for (Deployable service : Manifest.services()) {
            EnvVar uri = variable(env(named(manifests, Deployment.class, service.name())), "MONGODB_URI");
            assertThat(uri.getValueFrom().getSecretKeyRef().getName()).isEqualTo("estatecare-" + service.name());
        }
        assertThat(variable(env(named(manifests, Deployment.class, "webhooks")), "ESTATECARE_WEBHOOKS_SECRET_KEY")
                .getValueFrom().getSecretKeyRef().getName()).isEqualTo("estatecare-webhooks-secret-key");
        assertThat(variable(env(named(manifests, Deployment.class, "assessments")), "ESTATECARE_SURVEY_HOUSEHOLD_KEY")
                .getValueFrom().getSecretKeyRef().getName()).isEqualTo("estatecare-survey-household-key");
    }

    @Test
    void aServiceWithoutAWayToItsDatabaseFailsTheInstall() {
        assertRenderFails("mongodb: {uri: \"\"}", "mongodb: no way to its database");
        assertRenderFails("""
                components:
                  agreements:
                    mongodb: {existingSecret: estatecare-agreements, usernameKey: username, passwordKey: password}
                """, "components.agreements.mongodb: the credentials form needs its servers");
        assertRenderFails("""
                components:
                  agreements:
                    mongodb: {existingSecret: estatecare-agreements, uriKey: uri, usernameKey: username, passwordKey: password}
                """, "/components/agreements/mongodb");
        assertRenderFails("mongodb: {uri: \"mongodb://estatecare:changeit@mongo:27017\"}", "/mongodb/uri");
        assertRenderFails("components: {gateway: {mongodb: {existingSecret: gateway, uriKey: uri}}}", "gateway has no database");
    }

    @Test
    void servicesSpeakToKafkaOverSaslAndTlsWithTheirOwnLoginFromASecret() {
        // the production example trusts the brokers through the JVM's truststore; a truststore of Kafka's own on top
        List<HasMetadata> manifests = render(PRODUCTION, values("""
                kafka:
                  security:
                    truststore:
                      location: /etc/estatecare/tls/kafka.p12
                      type: PKCS12
                      passwordSecret: {name: estatecare-kafka-truststore, key: password}
                """));
        Set<String> logins = new TreeSet<>();
        for (Deployable service : Manifest.services()) {
            List<EnvVar> env = env(named(manifests, Deployment.class, service.name()));
            assertThat(variable(env, "SPRING_KAFKA_SECURITY_PROTOCOL").getValue()).isEqualTo("SASL_SSL");
            assertThat(variable(env, "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM").getValue()).isEqualTo("SCRAM-SHA-512");
            EnvVar jaas = variable(env, "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
            assertThat(jaas.getValue()).isNull();
            logins.add(jaas.getValueFrom().getSecretKeyRef().getName());
            assertThat(variable(env, "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION").getValue()).as("a file, not a class path resource")
                    .isEqualTo("file:/etc/estatecare/tls/kafka.p12");
            assertThat(variable(env, "SPRING_KAFKA_SSL_TRUST_STORE_TYPE").getValue()).isEqualTo("PKCS12");
            assertThat(variable(env, "SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo("estatecare-kafka-truststore");
            Container container = named(manifests, Deployment.class, service.name()).getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getVolumeMounts()).as(service.name() + ": the truststore is in the pod")
                    .anyMatch(m -> "/etc/estatecare/tls".equals(m.getMountPath()) && Boolean.TRUE.equals(m.getReadOnly()));
        }
        assertThat(logins).as("a Kafka user per service, for its ACLs").hasSameSizeAs(Manifest.services());
        assertThat(env(named(manifests, Deployment.class, "gateway"))).as("the gateway speaks no Kafka")
                .noneMatch(e -> e.getName().startsWith("SPRING_KAFKA_"));

        assertThat(env(named(render(), Deployment.class, "agreements"))).as("development: plain text, no login")
                .anyMatch(e -> e.getName().equals("SPRING_KAFKA_SECURITY_PROTOCOL") && "PLAINTEXT".equals(e.getValue()))
                .noneMatch(e -> e.getName().startsWith("SPRING_KAFKA_PROPERTIES_SASL") || e.getName().startsWith("SPRING_KAFKA_SSL"));
        assertRenderFails("kafka: {security: {protocol: TLS}}", "/kafka/security/protocol");
        assertRenderFails("kafka: {security: {protocol: SASL_SSL}}", "kafka.security.sasl.mechanism is required");
        assertRenderFails("kafka: {security: {protocol: SASL_SSL, sasl: {mechanism: SCRAM-SHA-512}}}", "needs the Kafka login");
        assertRenderFails("kafka: {security: {truststore: {location: /etc/tls/kafka.p12}}}", "truststore is for SSL or SASL_SSL");

        List<EnvVar> pem = env(named(render(PRODUCTION, values("""
                kafka: {security: {truststore: {location: /etc/estatecare/tls/kafka-ca.pem, type: PEM}}}
                """)), Deployment.class, "agreements"));
        assertThat(variable(pem, "SPRING_KAFKA_SSL_TRUST_STORE_TYPE").getValue()).isEqualTo("PEM");
        assertThat(pem).as("a PEM file has no password").noneMatch(e -> e.getName().equals("SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD"));
        assertProductionFails("""
                kafka: {security: {truststore: {location: /etc/estatecare/tls/kafka-ca.pem, type: PEM,
                  passwordSecret: {name: estatecare-truststore, key: password}}}}
                """, "/kafka/security/truststore");
        assertThat(env(named(render(PRODUCTION), Deployment.class, "agreements"))).as("the production example: the JVM's truststore")
                .noneMatch(e -> e.getName().startsWith("SPRING_KAFKA_SSL_"));
        assertRenderFails("components: {gateway: {kafka: {jaasConfigSecret: {name: gateway, key: jaas}}}}", "gateway speaks no Kafka");
    }

    @Test
    void everyComponentTakesReferencedEnvWholeSecretsAndExtraVolumes() {
        List<HasMetadata> manifests = render(values(OPERATOR_EXTRAS));
        for (Deployment deployment : of(manifests, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            List<EnvVar> env = env(deployment);
            assertThat(variable(env, "DEPT_SECRET").getValueFrom().getSecretKeyRef().getName()).as(name).isEqualTo("estatecare-departments");
            assertThat(variable(env, "REGION").getValueFrom().getConfigMapKeyRef().getKey()).as(name).isEqualTo("region");
            assertThat(env.indexOf(variable(env, "TRUSTSTORE_PASSWORD"))).as(name + ": a reference before the plain value using it")
                    .isLessThan(env.indexOf(variable(env, "JDK_JAVA_OPTIONS")));
            assertThat(variable(env, "ESTATECARE_WEB_MAX_TEXT_LENGTH").getValue()).as(name + ": the component's value wins, a number as written")
                    .isEqualTo(name.equals("gateway") ? "5000" : "1000000");
            var pod = deployment.getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().get(0);
            assertThat(container.getEnvFrom()).as(name).extracting(EnvFromSource::getSecretRef).filteredOn(Objects::nonNull)
                    .extracting(ref -> ref.getName()).containsExactly("estatecare-shared");
            assertThat(pod.getVolumes()).as(name).extracting(Volume::getName).contains("tmp", "truststore");
            assertThat(container.getVolumeMounts()).as(name).extracting(VolumeMount::getMountPath).contains("/tmp", "/etc/estatecare/tls");
        }
        List<EnvVar> gateway = env(named(manifests, Deployment.class, "gateway"));
        assertThat(gateway).as("a variable the chart sets is replaced, not doubled").filteredOn(e -> e.getName().equals("ESTATECARE_CORS_ALLOWED_ORIGINS"))
                .singleElement().extracting(EnvVar::getValue).isEqualTo("https://portal.example.org");
        Container complaints = named(manifests, Deployment.class, "complaints").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(complaints.getEnvFrom()).as("the component's own after the global ones").last().satisfies(from -> {
            assertThat(from.getConfigMapRef().getName()).isEqualTo("complaints-routing");
            assertThat(from.getPrefix()).isEqualTo("ROUTING_");
        });
        assertThat(complaints.getVolumeMounts()).extracting(VolumeMount::getMountPath).contains("/etc/estatecare/templates");
        assertThat(named(manifests, Deployment.class, "agreements").getSpec().getTemplate().getSpec().getVolumes())
                .as("one component's volumes stay its own").extracting(Volume::getName).doesNotContain("templates");

        assertRenderFails("env: {X: {secretKeyRef: {name: a, key: b}}}", "/env/X");
        assertRenderFails("env: {X: {valueFrom: {fieldRef: {fieldPath: metadata.name}}}}", "/env/X");
        assertRenderFails("env: {X: {valueFrom: {secretKeyRef: {name: a}}}}", "/env/X");
        assertRenderFails("extraEnvFrom: [{secretRef: {name: a}, configMapRef: {name: b}}]", "/extraEnvFrom/0");
        assertRenderFails("extraVolumes: [{name: ca}]", "/extraVolumes/0");
        assertRenderFails("extraVolumes: [{name: ca, hostPath: {path: /etc/ssl}}]", "/extraVolumes/0");
        assertRenderFails("extraVolumeMounts: [{name: ca, mountPath: etc/ssl}]", "/extraVolumeMounts/0/mountPath");
        assertRenderFails("components: {agreements: {extraVolumes: [{name: tmp, emptyDir: {}}]}}", "/components/agreements/extraVolumes/0/name");
    }

    @Test
    void rolloutsPauseBeforeShutdownAndGiveTheGracefulShutdownItsTime() {
        for (List<HasMetadata> manifests : List.of(render(), render(PRODUCTION))) {
            for (Deployment deployment : of(manifests, Deployment.class)) {
                String name = deployment.getMetadata().getName();
                var pod = deployment.getSpec().getTemplate().getSpec();
                Container container = pod.getContainers().get(0);
                List<String> preStop = container.getLifecycle().getPreStop().getExec().getCommand();
                assertThat(preStop).as(name).hasSize(2).first().isEqualTo("sleep");
                int pause = Integer.parseInt(preStop.get(1));
                assertThat(pause).as(name + ": long enough for the endpoints to go").isGreaterThanOrEqualTo(5);
                int shutdown = env(deployment).stream().filter(e -> e.getName().equals("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE"))
                        .map(e -> Integer.parseInt(e.getValue().replaceAll("s$", ""))).findFirst().orElse(SPRING_DEFAULT_SHUTDOWN_SECONDS);
                assertThat(pod.getTerminationGracePeriodSeconds())
                        .as(name + ": the pause, the web server's shutdown phase and the later phases fit before the kill")
                        .isGreaterThanOrEqualTo((long) pause + shutdown + LATER_SHUTDOWN_PHASES_SECONDS);
                for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
                    assertThat(probe.getTimeoutSeconds()).as(name + ": more than Kubernetes' one second for a JVM").isGreaterThan(1);
                }
            }
        }
        Deployment tuned = named(render(values("""
                lifecycle: {preStopSeconds: 5, shutdownTimeoutSeconds: 20, terminationGracePeriodSeconds: 40}
                probes: {liveness: {periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 7}}
                """)), Deployment.class, "agreements");
        Container container = tuned.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getLifecycle().getPreStop().getExec().getCommand()).containsExactly("sleep", "5");
        assertThat(tuned.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).isEqualTo(40L);
        assertThat(of(render(), Deployment.class)).as("by default").allSatisfy(d ->
                assertThat(d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).isEqualTo(60L));
        assertThat(variable(env(tuned), "SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE").getValue()).isEqualTo("20s");
        assertThat(container.getLivenessProbe().getTimeoutSeconds()).isEqualTo(7);
        assertRenderFails("lifecycle: {preStopSeconds: 10, shutdownTimeoutSeconds: 30, terminationGracePeriodSeconds: 54}",
                "terminationGracePeriodSeconds (54) must be at least preStopSeconds (10) + shutdownTimeoutSeconds (30");
        assertRenderFails("probes: {readiness: {timeoutSeconds: 0}}", "/probes/readiness/timeoutSeconds");
    }

    @Test
    void memoryLimitsLeaveTheJvmRoomOutsideItsHeap() throws IOException {
        Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(Files.readString(DOCKERFILE));
        assertThat(percentage.find()).as("JAVA_TOOL_OPTIONS of deploy/docker/Dockerfile sets MaxRAMPercentage").isTrue();
        BigDecimal outsideHeap = BigDecimal.ONE.subtract(new BigDecimal(percentage.group(1)).movePointLeft(2));
        for (List<HasMetadata> manifests : List.of(render(), render(PRODUCTION))) {
            for (Deployment deployment : of(manifests, Deployment.class)) {
                Quantity limit = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("memory");
                assertThat(Quantity.getAmountInBytes(limit).multiply(outsideHeap))
                        .as("%s: %s × %s outside the heap", deployment.getMetadata().getName(), limit, outsideHeap)
                        .isGreaterThanOrEqualTo(NON_HEAP_MINIMUM);
            }
        }
    }

    @Test
    void autoscalersScaleDownSlowlyAndTakeAComponentsOwnBehaviour() {
        for (HorizontalPodAutoscaler hpa : of(render(), HorizontalPodAutoscaler.class)) {
            var down = hpa.getSpec().getBehavior().getScaleDown();
            assertThat(down.getStabilizationWindowSeconds()).as(hpa.getMetadata().getName()).isPositive();
            assertThat(down.getPolicies()).as(hpa.getMetadata().getName()).isNotEmpty();
        }
        List<HasMetadata> manifests = render(values("""
                components:
                  complaints:
                    autoscaling:
                      behavior:
                        scaleDown:
                          stabilizationWindowSeconds: 600
                          policies: [{type: Percent, value: 10, periodSeconds: 120}]
                """));
        var complaints = named(manifests, HorizontalPodAutoscaler.class, "complaints").getSpec().getBehavior();
        assertThat(complaints.getScaleDown().getStabilizationWindowSeconds()).isEqualTo(600);
        assertThat(complaints.getScaleDown().getPolicies()).singleElement().satisfies(p -> assertThat(p.getType()).isEqualTo("Percent"));
        assertThat(named(manifests, HorizontalPodAutoscaler.class, "agreements").getSpec().getBehavior().getScaleDown()
                .getStabilizationWindowSeconds()).isEqualTo(300);
        assertRenderFails("autoscaling: {behavior: {scaleDown: {policies: [{type: Replicas, value: 1, periodSeconds: 60}]}}}",
                "/autoscaling/behavior/scaleDown/policies/0/type");
    }

    @Test
    void noDisruptionBudgetBlocksANodeDrainEvenAtOneReplica() {
        List<List<HasMetadata>> renders = List.of(render(), render(PRODUCTION),
                render(values("""
                        components:
                          gateway: {replicas: 1, autoscaling: {enabled: false}, podDisruptionBudget: {minAvailable: 1}}
                          agreements: {autoscaling: {enabled: true, minReplicas: 1, maxReplicas: 3}, podDisruptionBudget: {minAvailable: 1}}
                          complaints: {autoscaling: {enabled: true, minReplicas: 2, maxReplicas: 3}, podDisruptionBudget: {minAvailable: 2}}
                        """)));
        for (List<HasMetadata> manifests : renders) {
            for (PodDisruptionBudget pdb : of(manifests, PodDisruptionBudget.class)) {
                String name = pdb.getMetadata().getName();
                Deployment deployment = named(manifests, Deployment.class, name);
                int fewest = of(manifests, HorizontalPodAutoscaler.class).stream().filter(h -> h.getMetadata().getName().equals(name))
                        .map(h -> h.getSpec().getMinReplicas()).findFirst().orElseGet(() -> deployment.getSpec().getReplicas());
                if (pdb.getSpec().getMinAvailable() != null) {
                    assertThat(pdb.getSpec().getMinAvailable().getIntVal()).as(name + " at " + fewest + " replica(s)").isLessThan(fewest);
                } else {
                    assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).as(name).isPositive();
                }
            }
        }
        List<HasMetadata> single = renders.get(2);
        assertThat(named(single, PodDisruptionBudget.class, "gateway").getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(named(single, PodDisruptionBudget.class, "agreements").getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(named(single, PodDisruptionBudget.class, "complaints").getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(named(single, PodDisruptionBudget.class, "subsidies").getSpec().getMinAvailable().getIntVal())
                .as("at two replicas one must stay").isEqualTo(1);
        assertRenderFails("components: {agreements: {podDisruptionBudget: {minAvailable: 1, maxUnavailable: 1}}}",
                "/components/agreements/podDisruptionBudget");
    }

    @Test
    void theChartCarriesNoSecretAndRendersNone() {
        for (List<HasMetadata> manifests : List.of(render(), render(PRODUCTION), render(values(OPERATOR_EXTRAS)))) {
            assertThat(manifests).as("credentials are the operator's Secrets, never the chart's")
                    .noneMatch(m -> "Secret".equals(m.getKind()));
            for (Deployment deployment : of(manifests, Deployment.class)) {
                String name = deployment.getMetadata().getName();
                List<EnvVar> env = env(deployment);
                for (EnvVar variable : env) {
                    String value = variable.getValue();
                    if (value == null) {
                        continue;
                    }
                    String withoutReferences = REFERENCE.matcher(value).replaceAll("");
                    if (SECRET_NAME.matcher(variable.getName()).matches()) {
                        assertThat(withoutReferences).as("%s: %s holds a secret, so a reference, not a value", name, variable.getName()).isBlank();
                    }
                    assertThat(withoutReferences).as("%s: %s", name, variable.getName())
                            .doesNotContainPattern(SECRET_IN_TEXT).doesNotContainPattern(URL_CREDENTIALS);
                    List<String> before = env.subList(0, env.indexOf(variable)).stream().map(EnvVar::getName).toList();
                    Matcher references = REFERENCE.matcher(value);
                    while (references.find()) {
                        assertThat(before).as("%s: %s expands $(%s), which Kubernetes can only do for a variable before it",
                                name, variable.getName(), references.group(1)).contains(references.group(1));
                    }
                }
                assertThat(secretsInJvmOptions(env)).as("%s: the JVM prints its options variables to the log", name).isEmpty();
                assertThat(env).extracting(EnvVar::getName).as(name + ": each variable once").doesNotHaveDuplicates();
            }
            for (ConfigMap config : of(manifests, ConfigMap.class)) {
                if (config.getData() != null && config.getMetadata().getName().equals("config")) {
                    config.getData().forEach((key, value) -> {
                        assertThat(key).doesNotMatch(SECRET_NAME);
                        assertThat(value).doesNotContainPattern(SECRET_IN_TEXT).doesNotContainPattern(URL_CREDENTIALS);
                    });
                }
            }
        }
        JsonNode values = YAMLMapper.builder().build().readTree(CHART.resolve("values.yaml").toFile());
        List<String> defaults = new ArrayList<>();
        collectSecretLikeDefaults(values, "", defaults);
        assertThat(defaults).as("values.yaml names Secrets and their keys, never a secret's value").isEmpty();

        List<EnvVar> leaking = List.of(
                new EnvVar("TRUSTSTORE_PASSWORD", null, new io.fabric8.kubernetes.api.model.EnvVarSourceBuilder()
                        .withNewSecretKeyRef().withName("estatecare-truststore").withKey("password").endSecretKeyRef().build()),
                new EnvVar("JDK_JAVA_OPTIONS", "-Djavax.net.ssl.trustStorePassword=$(TRUSTSTORE_PASSWORD)", null));
        assertThat(secretsInJvmOptions(leaking)).as("what the check above finds").containsExactly("JDK_JAVA_OPTIONS expands $(TRUSTSTORE_PASSWORD)");
        for (String options : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertRenderFails("""
                    env:
                      TRUSTSTORE_PASSWORD: {valueFrom: {secretKeyRef: {name: estatecare-truststore, key: password}}}
                      %s: -Djavax.net.ssl.trustStorePassword=$(TRUSTSTORE_PASSWORD)
                    """.formatted(options), options + " expands $(TRUSTSTORE_PASSWORD), which comes from a Secret");
        }
        assertProductionFails("components: {complaints: {env: {JAVA_TOOL_OPTIONS: \"-Dp=$(MONGODB_PASSWORD)\"}}}",
                "JAVA_TOOL_OPTIONS expands $(MONGODB_PASSWORD), which comes from a Secret");
    }

    /** JVM options variables that expand a variable set from a Secret: the secret would reach the log. */
    static List<String> secretsInJvmOptions(List<EnvVar> env) {
        Set<String> fromSecrets = env.stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .map(EnvVar::getName).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        for (EnvVar variable : env) {
            if (variable.getValue() != null && JVM_OPTIONS.matcher(variable.getName()).matches()) {
                Matcher references = REFERENCE.matcher(variable.getValue());
                while (references.find()) {
                    if (fromSecrets.contains(references.group(1))) {
                        found.add(variable.getName() + " expands " + references.group());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void onlyTheWebhooksServiceReachesTheInternetAndNeverThePrivateRanges() {
        List<HasMetadata> manifests = render(PRODUCTION);
        for (NetworkPolicy policy : of(manifests, NetworkPolicy.class)) {
            var blocks = policy.getSpec().getEgress() == null ? List.<io.fabric8.kubernetes.api.model.networking.v1.IPBlock>of()
                    : policy.getSpec().getEgress().stream().filter(rule -> rule.getTo() != null).flatMap(rule -> rule.getTo().stream())
                    .map(peer -> peer.getIpBlock()).filter(Objects::nonNull).filter(block -> block.getCidr().equals("0.0.0.0/0")).toList();
            if (policy.getMetadata().getName().equals("webhooks")) {
                assertThat(blocks).hasSize(1);
                assertThat(blocks.get(0).getExcept()).as("the cluster, private networks, link-local (cloud metadata), loopback")
                        .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8");
            } else {
                assertThat(blocks).as(policy.getMetadata().getName() + " reaches no arbitrary address").isEmpty();
            }
        }
    }

    @Test
    void aTypoInValuesOrAMissingAddressFailsTheInstall() {
        assertThatThrownBy(() -> new Helm(CHART).template().withName("estatecare").withKubeVersion(KUBE_VERSION).set("ingres.enabled", "true").call())
                .hasMessageContaining("ingres");
        assertThatThrownBy(() -> new Helm(CHART).template().withName("estatecare").withKubeVersion(KUBE_VERSION).set("components.gateway.replica", "3").call())
                .hasMessageContaining("replica");
        assertThatThrownBy(() -> new Helm(CHART).template().withName("estatecare").withKubeVersion(KUBE_VERSION).set("kafka.bootstrapServers", "").call())
                .hasMessageContaining("bootstrapServers");
        assertRenderFails("kafka: {security: {sasl: {mechanizm: PLAIN}}}", "mechanizm");
        assertRenderFails("components: {agreements: {managementPort: 0}}", "/components/agreements/managementPort");
    }

    /**
     * Non-empty values under secret-sounding keys, except the names of Secrets and of their keys
     * ({@code existingSecret}, {@code passwordSecret.name}, {@code householdKeySecretKey}).
     */
    static void collectSecretLikeDefaults(JsonNode node, String path, List<String> found) {
        if (node.isContainer()) {
            for (String field : node.isObject() ? node.propertyNames() : List.<String>of()) {
                collectSecretLikeDefaults(node.get(field), path + "." + field, found);
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                collectSecretLikeDefaults(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isString() && !node.asString().isEmpty()) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (SECRET_NAME.matcher(key).matches() && !key.matches("(?i).*(secret|key|name)$")) {
                found.add(path + " = " + node.asString());
            }
        }
    }

    static void assertProbe(String name, Probe probe, String path) {
        assertThat(probe.getHttpGet().getPath()).as(name).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(name + ": probes ask the management port").isEqualTo("management");
    }

    static Map<String, Integer> containerPorts(Container container) {
        return container.getPorts().stream().collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
    }

    static Set<Integer> egressPorts(List<HasMetadata> manifests, String component) {
        return named(manifests, NetworkPolicy.class, component).getSpec().getEgress().stream()
                .flatMap(rule -> rule.getPorts().stream()).map(p -> p.getPort().getIntVal()).collect(Collectors.toSet());
    }

    static EnvVar variable(List<EnvVar> env, String name) {
        return env.stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no variable " + name + " in " + env.stream().map(EnvVar::getName).toList()));
    }

    static void assertRenderFails(String yaml, String message) {
        Path file = values(yaml);
        assertThatThrownBy(() -> template(file).call()).as(yaml).hasMessageContaining(message);
    }

    /** The production example with these values on top fails to render, saying so. */
    static void assertProductionFails(String yaml, String message) {
        Path file = values(yaml);
        assertThatThrownBy(() -> template(PRODUCTION, file).call()).as(yaml).hasMessageContaining(message);
    }

    /** Values an operator would add, as a file for helm. */
    static Path values(String yaml) {
        try {
            Path file = Files.createTempFile("estatecare-values-", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static com.marcnuri.helm.TemplateCommand template(Path... valuesFiles) {
        var template = new Helm(CHART).template().withName("estatecare").withNamespace("estatecare").withKubeVersion(KUBE_VERSION);
        for (Path values : valuesFiles) {
            template = template.withValuesFile(values);
        }
        return template;
    }

    /** What helm install prints after installing (NOTES.txt), from a dry run without a cluster. */
    static String notes(Path... valuesFiles) {
        var install = new Helm(CHART).install().withName("estatecare").withNamespace("estatecare").withKubeVersion(KUBE_VERSION)
                .clientOnly().dryRun();
        for (Path values : valuesFiles) {
            install = install.withValuesFile(values);
        }
        return install.call().getOutput();
    }

    static List<HasMetadata> render(Path... valuesFiles) {
        String yaml = template(valuesFiles).call();
        return Arrays.stream(yaml.split("(?m)^---\\s*$")).map(String::strip).filter(doc -> doc.lines()
                        .anyMatch(line -> line.startsWith("kind:")))
                .map(doc -> (HasMetadata) KUBERNETES.unmarshal(doc)).toList();
    }

    static <T extends HasMetadata> List<T> of(List<HasMetadata> manifests, Class<T> type) {
        return manifests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T named(List<HasMetadata> manifests, Class<T> type, String name) {
        return of(manifests, type).stream().filter(m -> m.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    static List<GenericKubernetesResource> generic(List<HasMetadata> manifests, String kind) {
        return of(manifests, GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    static List<EnvVar> env(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(Objects::nonNull).toList();
    }

    /** The route keys under estatecare.gateway.services in the gateway's application.yml. */
    static Set<String> gatewayServiceKeys() {
        return Manifest.gatewayRouteKeys();
    }
}

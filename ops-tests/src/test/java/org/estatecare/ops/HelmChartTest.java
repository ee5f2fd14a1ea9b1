package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.estatecare.local.Deployables.Deployable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart, checked without a cluster: lint --strict, rendered with the default values and with
 * the production-like example, every manifest parsed into its typed Kubernetes object, and the rules
 * every workload must keep. A broken template or an unknown values key fails here.
 */
class HelmChartTest {

    static final Path CHART = Path.of("../helm/estatecare");
    static final Path PRODUCTION = CHART.resolve("examples/production-values.yaml");
    static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    static final String KUBE_VERSION = "1.31.0";
    /** The keys every service reads, as the local launcher and docker-compose set them. */
    static final Set<String> SHARED_KEYS = Set.of("MONGODB_URI", "MONGODB_DATABASE", "KAFKA_BOOTSTRAP_SERVERS",
            "OAUTH2_ISSUER_URI", "OAUTH2_AUDIENCE");

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
            assertThat(component.path("database").asString(null)).as("%s: database", deployable.name())
                    .isEqualTo(deployable.database());
            assertThat(component.path("gatewayKey").asString(null)).as("%s: gatewayKey", deployable.name())
                    .isEqualTo(deployable.gatewayRoute());
        }
    }

    @Test
    void everyWorkloadHasProbesResourcesNonRootAndAMatchingServiceAndNetworkPolicy() {
        for (List<HasMetadata> manifests : List.of(render(null), render(PRODUCTION))) {
            List<Deployment> deployments = of(manifests, Deployment.class);
            assertThat(deployments).extracting(d -> d.getMetadata().getName())
                    .as("a Deployment per deployable of deploy/deployables.yml").containsExactlyInAnyOrderElementsOf(Manifest.names());
            for (Deployment deployment : deployments) {
                String name = deployment.getMetadata().getName();
                var pod = deployment.getSpec().getTemplate().getSpec();
                Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
                Container container = pod.getContainers().get(0);

                assertThat(container.getStartupProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/readiness");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
                assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).contains("ALL");
                assertThat(container.getVolumeMounts()).as(name + ": a writable /tmp").anyMatch(m -> m.getMountPath().equals("/tmp"));
                int port = container.getPorts().get(0).getContainerPort();
                assertThat(port).as(name + ": its port in deploy/deployables.yml").isEqualTo(Manifest.named(name).port());

                Service service = named(manifests, Service.class, name);
                assertThat(podLabels).as(name + " pods selected by its Service").containsAllEntriesOf(service.getSpec().getSelector());
                assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo(container.getPorts().get(0).getName());

                NetworkPolicy policy = named(manifests, NetworkPolicy.class, name);
                assertThat(podLabels).as(name + " pods selected by its NetworkPolicy")
                        .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
                assertThat(policy.getSpec().getIngress()).as(name + " ingress on its port")
                        .anyMatch(rule -> rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port));

                HorizontalPodAutoscaler hpa = named(manifests, HorizontalPodAutoscaler.class, name);
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
                PodDisruptionBudget pdb = named(manifests, PodDisruptionBudget.class, name);
                assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
            }
        }
    }

    @Test
    void nothingGetsInOrOutUnlessAComponentAllowsItAndServicesOnlyAcceptTheGateway() {
        List<HasMetadata> manifests = render(null);
        NetworkPolicy deny = named(manifests, NetworkPolicy.class, "default-deny");
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
        for (String service : Manifest.services().stream().map(Deployable::name).toList()) {
            var from = named(manifests, NetworkPolicy.class, service).getSpec().getIngress().get(0).getFrom();
            assertThat(from).as(service).anyMatch(peer -> peer.getPodSelector() != null
                    && "gateway".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")));
            assertThat(from).as(service + ": only the gateway's pods and the monitoring namespace")
                    .allMatch(peer -> peer.getPodSelector() != null || peer.getNamespaceSelector() != null);
        }
    }

    @Test
    void everyServiceReadsTheSharedKeysAndTheGatewayKnowsEveryRoute() throws IOException {
        List<HasMetadata> manifests = render(null);
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
    void productionTakesCredentialsFromSecretsAndAddsIngressMonitorsRulesAndDashboards() throws IOException {
        List<HasMetadata> manifests = render(PRODUCTION);
        for (String service : Manifest.services().stream().map(Deployable::name).toList()) {
            EnvVar uri = env(named(manifests, Deployment.class, service)).stream()
                    .filter(e -> e.getName().equals("MONGODB_URI")).findFirst().orElseThrow();
            assertThat(uri.getValue()).isNull();
            assertThat(uri.getValueFrom().getSecretKeyRef().getName()).isEqualTo("estatecare-mongodb");
        }
        Ingress ingress = named(manifests, Ingress.class, "gateway");
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly("estatecare.hedong.gov.cn");
        assertThat(env(named(manifests, Deployment.class, "complaints"))).as("Open311 discovery names the public address")
                .anyMatch(e -> e.getName().equals("ESTATECARE_OPEN311_PUBLIC_BASE_URL")
                        && "https://estatecare.hedong.gov.cn".equals(e.getValue()));
        assertThat(env(named(render(null), Deployment.class, "complaints"))).as("without a host: the gateway in the cluster")
                .anyMatch(e -> e.getName().equals("ESTATECARE_OPEN311_PUBLIC_BASE_URL") && "http://gateway:8080".equals(e.getValue()));
        assertThat(generic(manifests, "ServiceMonitor")).hasSize(Manifest.deployables().size()).allSatisfy(monitor -> assertThat(
                ((Map<?, ?>) monitor.getAdditionalProperties().get("spec")).get("jobLabel"))
                .as("job is the component's name, as the alerts select").isEqualTo("app.kubernetes.io/name"));
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
        assertThat(manifests.stream().map(KUBERNETES::asYaml)).noneMatch(yaml -> yaml.matches("(?s).*://[^/\\s:@]+:[^/\\s@]+@.*"));
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
    }

    static List<HasMetadata> render(Path values) {
        var template = new Helm(CHART).template().withName("estatecare").withNamespace("estatecare").withKubeVersion(KUBE_VERSION);
        if (values != null) {
            template = template.withValuesFile(values);
        }
        String yaml = template.call();
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

package org.estatecare.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class PromQlTest {

    @Test
    void aHistogramQuantileUsesOnlyItsBucketMetric() {
        assertThat(PromQl.metricNames(
                "histogram_quantile(0.99, sum by (le, application) (rate(http_server_requests_seconds_bucket[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void labelMatchersAndTheirValuesAreNotMetricNames() {
        assertThat(PromQl.metricNames("""
                sum by (application) (rate(http_server_requests_seconds_count{status=~"5..", uri!~"/actuator.*", \
                method="rate(x) or {y}"}[5m]))
                  /
                sum by (application) (rate(http_server_requests_seconds_count[5m])) > 0.05"""))
                .containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void keywordsModifiersAndLabelListsAreSkipped() {
        assertThat(PromQl.metricNames("""
                max by (street) (estatecare_complaints_overdue)
                  - max by (street) (estatecare_complaints_overdue offset 24h) >= bool 3
                and on (street) group_left (status) estatecare_estates
                unless ignoring (instance) up
                OR without_this_metric"""))
                .containsExactly("estatecare_complaints_overdue", "estatecare_estates", "up", "without_this_metric");
    }

    @Test
    void grafanaVariablesNumbersAndDurationsAreSkipped() {
        assertThat(PromQl.metricNames("""
                sum without (instance) (increase(estatecare_events_dead_lettered_total{application=~"$application"}\
                [$__rate_interval])) > 1e+3 * ${factor:raw} or vector(0) > Inf"""))
                .containsExactly("estatecare_events_dead_lettered_total");
    }

    @Test
    void recordingRuleNamesStringsAndBareSelectorsAreFound() {
        assertThat(PromQl.metricNames("""
                label_replace(job:http_requests:rate5m, "dst", "$1", "src", "(.*)")
                  * on (job) group_right jvm_memory_used_bytes
                + topk(3, process_cpu_usage)"""))
                .containsExactly("job:http_requests:rate5m", "jvm_memory_used_bytes", "process_cpu_usage");
    }

    @Test
    void subqueriesAndCommentsAreSkipped() {
        assertThat(PromQl.metricNames("""
                max_over_time(deriv(estatecare_outbox_backlog[15m])[1h:5m]) > 0 # not_a_metric here
                or absent(estatecare_outbox_relay_lag_seconds @ end())"""))
                .containsExactly("estatecare_outbox_backlog", "estatecare_outbox_relay_lag_seconds");
    }

    @Test
    void theDashboardsAndAlertRulesOfTheRepository() {
        Map<String, Set<String>> used = PromQl.usedByDashboardsAndAlerts(Path.of(".."));
        JsonNode rules = YAMLMapper.builder().build().readTree(Path.of("../deploy/prometheus/rules/estatecare-alerts.yml").toFile());
        assertThat(used).containsKeys(
                "deploy/grafana/dashboards/platform-overview.json",
                "deploy/grafana/dashboards/events.json",
                "deploy/grafana/dashboards/business.json",
                "deploy/prometheus/rules/estatecare-alerts.yml");
        assertThat(used.get("deploy/prometheus/rules/estatecare-alerts.yml")).contains(
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "kafka_consumer_fetch_manager_records_lag_max", "estatecare_outbox_backlog",
                "estatecare_events_dead_lettered_total", "estatecare_complaints_overdue", "jvm_memory_max_bytes");
        assertThat(used.get("deploy/grafana/dashboards/business.json")).contains("estatecare_estates",
                "estatecare_complaints_resolved_recent", "estatecare_agreements");
        // Prometheus' own series and kube-state-metrics' (restarts, OOM kills) are no service's to export
        assertThat(PromQl.metricNames(String.join("\n", rules.findValues("expr").stream().map(JsonNode::asString).toList())))
                .contains("up", "kube_pod_container_status_restarts_total", "kube_pod_container_status_last_terminated_reason");
        assertThat(used.values()).allSatisfy(names -> assertThat(names).doesNotContain("up")
                .noneMatch(name -> name.startsWith("ALERTS") || name.startsWith("kube_")));
        assertThat(used).doesNotContainKey("deploy/prometheus/rules/estatecare-alerts.test.yml");
        assertThat(List.copyOf(used.values())).allSatisfy(names -> assertThat(names).isNotEmpty());
    }
}

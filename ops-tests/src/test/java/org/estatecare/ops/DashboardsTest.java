package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.estatecare.testing.SystemTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Grafana dashboards: valid JSON with a unique uid, every panel on the Prometheus data source with a
 * title and queries, and every query valid PromQL — checked by promtool, which parses them as
 * recording rules once Grafana's variables are replaced by concrete values.
 */
class DashboardsTest {

    static final Path DASHBOARDS = Path.of("..", "deploy", "grafana", "dashboards");
    static final Path RULES = Path.of("..", "deploy", "prometheus", "rules", "estatecare-alerts.yml");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final long PROMTOOL_TIMEOUT_SECONDS = 120;

    /** Grafana's built-in variables, as they would be substituted. */
    static final Map<String, String> BUILT_IN = Map.of(
            "__rate_interval", "5m",
            "__interval", "1m",
            "__range", "6h",
            "__interval_ms", "60000",
            "__range_s", "21600",
            "__range_ms", "21600000");
    /** {@code ${var}}, {@code ${var:format}}, {@code $var} and the old {@code [[var]]}. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::[^}]*)?}|\\$(\\w+)|\\[\\[(\\w+)(?::[^\\]]*)?]]");

    @Test
    void theDashboardsAreThere() throws IOException {
        assertThat(dashboards()).extracting(path -> path.getFileName().toString())
                .contains("platform-overview.json", "events.json", "business.json");
    }

    @Test
    void everyDashboardIsValidJsonWithAUniqueUid() throws IOException {
        Map<String, Path> byUid = new LinkedHashMap<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            String uid = dashboard.path("uid").asString();
            assertThat(uid).as("%s: uid", file).isNotBlank();
            Path other = byUid.put(uid, file);
            assertThat(other).as("uid %s of %s is also the uid of %s", uid, file, other).isNull();
            assertThat(dashboard.path("title").asString()).as("%s: title", file).isNotBlank();
        }
    }

    @Test
    void everyPanelAndVariableQueriesPrometheus() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : panels(dashboard)) {
                if (isRow(panel)) {
                    continue;
                }
                String where = file.getFileName() + " › " + panel.path("title").asString();
                softly.assertThat(panel.path("datasource").path("uid").asString()).as("%s: datasource uid", where)
                        .isEqualTo("prometheus");
                for (JsonNode target : panel.path("targets")) {
                    if (target.has("datasource")) {
                        softly.assertThat(target.path("datasource").path("uid").asString())
                                .as("%s › %s: datasource uid", where, target.path("refId").asString())
                                .isEqualTo("prometheus");
                    }
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if ("query".equals(variable.path("type").asString())) {
                    softly.assertThat(variable.path("datasource").path("uid").asString())
                            .as("%s › variable %s: datasource uid", file.getFileName(), variable.path("name").asString())
                            .isEqualTo("prometheus");
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyPanelHasATitleAndQueries() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : dashboards()) {
            List<JsonNode> panels = panels(read(file));
            softly.assertThat(panels).as("%s: panels", file).isNotEmpty();
            for (JsonNode panel : panels) {
                String title = panel.path("title").asString();
                softly.assertThat(title).as("%s: panel %s has a title", file, panel.path("id")).isNotBlank();
                if (isRow(panel)) {
                    continue;
                }
                JsonNode targets = panel.path("targets");
                softly.assertThat(targets.isArray() && !targets.isEmpty()).as("%s › %s has targets", file, title)
                        .isTrue();
                for (JsonNode target : targets) {
                    softly.assertThat(target.path("expr").asString()).as("%s › %s › %s: expr", file, title,
                            target.path("refId").asString()).isNotBlank();
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyQueryIsValidPromQl(@TempDir Path tmp) throws Exception {
        List<Map<String, Object>> rules = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            Set<String> intervalVariables = new HashSet<>();
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if ("interval".equals(variable.path("type").asString())) {
                    intervalVariables.add(variable.path("name").asString());
                }
            }
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asString();
                    if (expr.isBlank()) {
                        continue;
                    }
                    String record = "dashboard:expr_" + rules.size();
                    Map<String, Object> rule = new LinkedHashMap<>();
                    rule.put("record", record);
                    rule.put("expr", withConcreteValues(expr, intervalVariables));
                    rules.add(rule);
                    legend.add(record + " = " + file.getFileName() + " › " + panel.path("title").asString() + " › "
                            + target.path("refId").asString());
                }
            }
        }
        assertThat(rules).as("queries in the dashboards").isNotEmpty();

        Path rulesFile = tmp.resolve("dashboard-queries.yml");
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", "dashboards");
        group.put("rules", rules);
        Files.writeString(rulesFile, YAML.writeValueAsString(Map.of("groups", List.of(group))), StandardCharsets.UTF_8);

        Path promtool = SystemTools.require("promtool", "prometheus");
        Process process = new ProcessBuilder(promtool.toString(), "check", "rules", rulesFile.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("promtool.out").toFile()).start();
        if (!process.waitFor(PROMTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("promtool check rules did not finish within %ds", PROMTOOL_TIMEOUT_SECONDS);
        }
        String output = Files.readString(tmp.resolve("promtool.out"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("promtool check rules on the dashboards' queries:%n%s%n%s%n%s", output,
                String.join(System.lineSeparator(), legend), Files.readString(rulesFile)).isZero();
    }

    /**
     * A query that lists the jobs ({@code job=~"gateway|estate-registry|…"}) names every deployable of
     * deploy/deployables.yml and nothing else, in the dashboards and the alert rules alike.
     */
    @Test
    void everyListOfJobsIsTheDeployables() throws IOException {
        Pattern jobs = Pattern.compile("job=~\"([^\"$]+)\"");
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Path file : dashboards()) {
            List<String> strings = new ArrayList<>();
            collectStrings(read(file), strings);
            texts.put(file.getFileName().toString(), strings);
        }
        texts.put(RULES.getFileName().toString(), YAML.readTree(RULES.toFile()).findValues("expr").stream()
                .map(JsonNode::asString).toList());
        SoftAssertions softly = new SoftAssertions();
        int selectors = 0;
        for (Map.Entry<String, List<String>> file : texts.entrySet()) {
            for (String text : file.getValue()) {
                Matcher matcher = jobs.matcher(text);
                while (matcher.find()) {
                    selectors++;
                    softly.assertThat(new TreeSet<>(List.of(matcher.group(1).split("\\|")))).as("%s: %s", file.getKey(), text)
                            .isEqualTo(Manifest.names());
                }
            }
        }
        softly.assertThat(selectors).as("job lists found").isPositive();
        softly.assertAll();
    }

    private static void collectStrings(JsonNode node, List<String> strings) {
        if (node.isString()) {
            strings.add(node.asString());
        }
        node.forEach(child -> collectStrings(child, strings));
    }

    /** The expression with Grafana's variables replaced by values that keep it valid PromQL. */
    static String withConcreteValues(String expr, Set<String> intervalVariables) {
        Matcher matcher = VARIABLE.matcher(expr);
        StringBuilder replaced = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            String value = BUILT_IN.containsKey(name) ? BUILT_IN.get(name)
                    : intervalVariables.contains(name) ? "5m" : "value";
            matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(replaced);
        return replaced.toString();
    }

    static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonNode read(Path file) {
        try {
            JsonNode dashboard = JSON.readTree(file.toFile());
            assertThat(dashboard.isObject()).as("%s is a JSON object", file).isTrue();
            return dashboard;
        } catch (JacksonException e) {
            throw new AssertionError(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** All panels, including those nested in (collapsed) rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        collectPanels(dashboard.path("panels"), all);
        return all;
    }

    private static void collectPanels(JsonNode panels, List<JsonNode> all) {
        for (JsonNode panel : panels) {
            all.add(panel);
            collectPanels(panel.path("panels"), all);
        }
    }

    static boolean isRow(JsonNode panel) {
        return "row".equals(panel.path("type").asString());
    }
}

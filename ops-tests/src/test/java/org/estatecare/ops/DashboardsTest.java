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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.estatecare.testing.PromQlScan;
import org.estatecare.testing.SystemTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Grafana dashboards: valid JSON with a unique uid; the Prometheus data source and the namespace
 * (the environment) are variables, so the same JSON serves any Grafana and any of several environments
 * one Prometheus watches; every panel has a title and queries on that data source, every query selects
 * the chosen namespace only, and every query is valid PromQL — checked by promtool, which parses them as
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
    /** The data source every panel, query and query variable uses: the dashboard's variable. */
    static final String DATASOURCE = "${datasource}";
    /** The label matcher every vector selector of every query carries. */
    static final String NAMESPACE_FILTER = "namespace=~\"$namespace\"";
    static final Pattern NAMESPACE_QUERY = Pattern.compile("label_values\\(up\\{job=~\"[^\"]+\"}, namespace\\)");
    static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
            "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    /** Keywords followed by a parenthesised list of label names. */
    static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    static final Set<String> KEYWORDS = Set.of("bool", "offset", "and", "or", "unless", "atan2", "inf", "nan");
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
    void everyPanelAndQueryTakesTheDataSourceFromAVariable() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            JsonNode datasource = variable(dashboard, "datasource");
            softly.assertThat(datasource.path("type").asString()).as("%s: variable datasource is a data source choice", file)
                    .isEqualTo("datasource");
            softly.assertThat(datasource.path("query").asString()).as("%s: variable datasource offers", file)
                    .isEqualTo("prometheus");
            for (JsonNode panel : panels(dashboard)) {
                if (isRow(panel)) {
                    continue;
                }
                String where = file.getFileName() + " › " + panel.path("title").asString();
                assertOnTheDataSourceVariable(softly, panel.path("datasource"), where);
                for (JsonNode target : panel.path("targets")) {
                    if (target.has("datasource")) {
                        assertOnTheDataSourceVariable(softly, target.path("datasource"), where + " › "
                                + target.path("refId").asString());
                    }
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if ("query".equals(variable.path("type").asString())) {
                    assertOnTheDataSourceVariable(softly, variable.path("datasource"),
                            file.getFileName() + " › variable " + variable.path("name").asString());
                }
            }
        }
        softly.assertAll();
    }

    private static void assertOnTheDataSourceVariable(SoftAssertions softly, JsonNode datasource, String where) {
        softly.assertThat(datasource.path("type").asString()).as("%s: datasource type", where).isEqualTo("prometheus");
        softly.assertThat(datasource.path("uid").asString()).as("%s: datasource uid", where).isEqualTo(DATASOURCE);
    }

    /**
     * Each dashboard lets the viewer pick the namespace among those where the deployables are scraped,
     * and every query — each panel's and each other variable's — keeps to it: every vector selector
     * carries {@code namespace=~"$namespace"}, so two environments in one Prometheus never add up.
     */
    @Test
    void everyQueryKeepsToTheChosenNamespace() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            JsonNode namespace = variable(dashboard, "namespace");
            softly.assertThat(namespace.path("type").asString()).as("%s: variable namespace is a query", file)
                    .isEqualTo("query");
            softly.assertThat(variableQuery(namespace)).as("%s: variable namespace lists the deployables' namespaces", file)
                    .matches(NAMESPACE_QUERY);
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                String name = variable.path("name").asString();
                if ("query".equals(variable.path("type").asString()) && !name.equals("namespace")) {
                    softly.assertThat(variableQuery(variable)).as("%s › variable %s keeps to the namespace", file, name)
                            .contains(NAMESPACE_FILTER);
                }
            }
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asString();
                    String where = file.getFileName() + " › " + panel.path("title").asString() + " › "
                            + target.path("refId").asString();
                    List<String> selectors = selectors(expr);
                    softly.assertThat(selectors).as("%s: vector selectors of %s", where, expr).isNotEmpty();
                    for (String selector : selectors) {
                        softly.assertThat(selector).as("%s: selector %s", where, selector).contains(NAMESPACE_FILTER);
                    }
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
     * A query that lists the jobs ({@code job=~"gateway|estate-registry|…"}) or the containers (of
     * kube-state-metrics) names every deployable of deploy/deployables.yml and nothing else, in the
     * dashboards and the alert rules alike.
     */
    @Test
    void everyListOfJobsIsTheDeployables() throws IOException {
        Pattern jobs = Pattern.compile("\\b(?:job|container)=~\"([^\"$]+)\"");
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

    /**
     * The vector selectors of a PromQL expression, each as its metric name and label matchers
     * ({@code up{job="x"}}, {@code estatecare_agreements}, {@code {__name__="y"}}). A scanner, not a
     * parser: it skips strings inside matchers, ranges, label lists after {@code by}/{@code on}/…,
     * Grafana variables, numbers, durations, keywords and calls of functions and aggregations.
     */
    static List<String> selectors(String expr) {
        List<String> selectors = new ArrayList<>();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == '[') {
                i = PromQlScan.skipBlock(expr, i, '[', ']');
            } else if (c == '{') {
                int end = PromQlScan.skipBlock(expr, i, '{', '}');
                selectors.add(expr.substring(i, end));
                i = end;
            } else if (c == '$') {
                i = i + 1 < expr.length() && expr.charAt(i + 1) == '{' ? PromQlScan.skipBlock(expr, i + 1, '{', '}')
                        : skipWord(expr, i + 1);
            } else if (c == '"' || c == '\'' || c == '`') {
                i = PromQlScan.skipString(expr, i);
            } else if (Character.isDigit(c)) {
                while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.')) {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int end = skipWord(expr, i);
                String word = expr.substring(i, end);
                int next = end;
                while (next < expr.length() && Character.isWhitespace(expr.charAt(next))) {
                    next++;
                }
                char following = next < expr.length() ? expr.charAt(next) : ' ';
                if (LABEL_LISTS.contains(word)) {
                    i = following == '(' ? PromQlScan.skipBlock(expr, next, '(', ')') : end;
                } else if (following == '(' || AGGREGATIONS.contains(word) || KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    i = end;
                } else if (following == '{') {
                    int close = PromQlScan.skipBlock(expr, next, '{', '}');
                    selectors.add(word + expr.substring(next, close));
                    i = close;
                } else {
                    selectors.add(word);
                    i = end;
                }
            } else {
                i++;
            }
        }
        return selectors;
    }

    private static int skipWord(String expr, int i) {
        while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_'
                || expr.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    /** The dashboard's template variable of that name (a missing node when there is none). */
    static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (name.equals(variable.path("name").asString())) {
                return variable;
            }
        }
        return dashboard.path("templating").path("no variable " + name);
    }

    /** A query variable's query: a string, or the {@code query} of an object as Grafana's editor writes it. */
    static String variableQuery(JsonNode variable) {
        JsonNode query = variable.path("query");
        return query.isObject() ? query.path("query").asString() : query.asString();
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

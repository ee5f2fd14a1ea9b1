package org.estatecare.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.estatecare.testing.PromQlScan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The metric names PromQL expressions use — those of the Grafana dashboards and the Prometheus alert
 * rules — so a test can compare them with what the services export. A scanner, not a parser: it skips
 * strings, label matchers {@code {...}}, ranges {@code [...]}, label lists after {@code by}, {@code
 * without}, {@code on}, {@code ignoring}, {@code group_left}, {@code group_right}, numbers, durations,
 * Grafana variables and comments; what is left and is neither a function, an aggregation nor a keyword is
 * a metric name.
 */
final class PromQl {

    static final Set<String> FUNCTIONS = Set.of(
            "abs", "absent", "absent_over_time", "acos", "acosh", "asin", "asinh", "atan", "atanh",
            "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos", "cosh",
            "count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg", "delta",
            "deriv", "double_exponential_smoothing", "end", "exp", "floor", "histogram_avg", "histogram_count",
            "histogram_fraction", "histogram_quantile", "histogram_stddev", "histogram_stdvar", "histogram_sum",
            "holt_winters", "hour", "idelta", "increase", "info", "irate", "label_join", "label_replace",
            "last_over_time", "ln", "log10", "log2", "mad_over_time", "max_over_time", "min_over_time", "minute",
            "month", "pi", "predict_linear", "present_over_time", "quantile_over_time", "rad", "rate", "resets",
            "round", "scalar", "sgn", "sin", "sinh", "sort", "sort_by_label", "sort_by_label_desc", "sort_desc",
            "sqrt", "start", "stddev_over_time", "stdvar_over_time", "sum_over_time", "tan", "tanh", "time",
            "timestamp", "vector", "year");
    static final Set<String> AGGREGATIONS = Set.of(
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
            "quantile", "limitk", "limit_ratio");
    /** Keywords followed by a parenthesised list of label names. */
    static final Set<String> LABEL_LIST_KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "offset", "and", "or", "unless", "atan2", "inf", "nan");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private PromQl() {
    }

    /** The metric names {@code expr} selects, in their natural order. */
    static Set<String> metricNames(String expr) {
        Set<String> names = new TreeSet<>();
        int length = expr.length();
        int i = 0;
        while (i < length) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = PromQlScan.skipString(expr, i);
            } else if (c == '#') {
                i = PromQlScan.skipComment(expr, i);
            } else if (c == '{') {
                i = PromQlScan.skipBlock(expr, i, '{', '}');
            } else if (c == '[') {
                i = PromQlScan.skipBlock(expr, i, '[', ']');
            } else if (c == '$') {
                i = skipVariable(expr, i);
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(expr.charAt(i + 1)))) {
                i = skipNumber(expr, i);
            } else if (isIdentifierStart(c)) {
                int start = i;
                while (i < length && isIdentifierPart(expr.charAt(i))) {
                    i++;
                }
                String word = expr.substring(start, i);
                String keyword = word.toLowerCase(Locale.ROOT);
                int next = PromQlScan.skipSpace(expr, i);
                boolean call = next < length && expr.charAt(next) == '(';
                if (LABEL_LIST_KEYWORDS.contains(keyword)) {
                    if (call) {
                        i = PromQlScan.skipBlock(expr, next, '(', ')');
                    }
                } else if (!call && !KEYWORDS.contains(keyword) && !AGGREGATIONS.contains(keyword)
                        && !FUNCTIONS.contains(word)) {
                    names.add(word);
                }
            } else {
                i++;
            }
        }
        return names;
    }

    /**
     * Per file, relative to {@code repoRoot} with {@code /} separators — each Grafana dashboard under
     * {@code deploy/grafana/dashboards} and each Prometheus rules file under {@code deploy/prometheus/rules}
     * (not the {@code *.test.yml} unit tests) — the metric names its expressions use, leaving out
     * Prometheus' own {@code up} and {@code ALERTS*} and kube-state-metrics' {@code kube_*} (the restart and
     * OOM alerts), which no service exports.
     */
    static Map<String, Set<String>> usedByDashboardsAndAlerts(Path repoRoot) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path dashboard : files(repoRoot.resolve("deploy/grafana/dashboards"), ".json")) {
            List<String> exprs = new ArrayList<>();
            collectExprs(JSON.readTree(dashboard.toFile()), exprs);
            used.put(relative(repoRoot, dashboard), ownMetricNames(exprs));
        }
        for (Path rules : files(repoRoot.resolve("deploy/prometheus/rules"), ".yml")) {
            if (rules.getFileName().toString().endsWith(".test.yml")) {
                continue;
            }
            used.put(relative(repoRoot, rules), ownMetricNames(YAML.readTree(rules.toFile()).findValues("expr").stream()
                    .map(JsonNode::asString).toList()));
        }
        return used;
    }

    private static Set<String> ownMetricNames(List<String> exprs) {
        Set<String> names = new TreeSet<>();
        for (String expr : exprs) {
            for (String name : metricNames(expr)) {
                if (!name.equals("up") && !name.startsWith("ALERTS") && !name.startsWith("kube_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static void collectExprs(JsonNode node, List<String> exprs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().equals("expr") && property.getValue().isString()) {
                    exprs.add(property.getValue().asString());
                } else {
                    collectExprs(property.getValue(), exprs);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collectExprs(element, exprs);
            }
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path repoRoot, Path file) {
        return repoRoot.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    /** A Grafana variable: {@code $name} or {@code ${name...}}. */
    private static int skipVariable(String expr, int i) {
        i++;
        if (i < expr.length() && expr.charAt(i) == '{') {
            return PromQlScan.skipBlock(expr, i, '{', '}');
        }
        while (i < expr.length() && isIdentifierPart(expr.charAt(i)) && expr.charAt(i) != ':') {
            i++;
        }
        return i;
    }

    /** Numbers (1, 0.99, 1e3, 0x1f) and durations (5m, 1h30m). */
    private static int skipNumber(String expr, int i) {
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                i++;
            } else if ((c == '+' || c == '-') && (expr.charAt(i - 1) == 'e' || expr.charAt(i - 1) == 'E')
                    && i + 1 < expr.length() && Character.isDigit(expr.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}

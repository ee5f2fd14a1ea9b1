package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.estatecare.local.Deployables.Deployable;
import org.estatecare.testing.SystemTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Prometheus alert rules: promtool accepts them and their unit tests pass; every alert says how
 * bad it is (severity), what happened and where (summary, description, naming the namespace) and where
 * to read what to do (its own runbook under docs/runbooks, with symptom, impact, checks and fix); every
 * aggregation keeps the namespace, and every alert is tested firing, not firing, and in two namespaces
 * kept apart.
 */
class AlertRulesTest {

    static final Path RULES_DIR = Path.of("..", "deploy", "prometheus", "rules");
    static final Path RULES = RULES_DIR.resolve("estatecare-alerts.yml");
    /** Beside the rules, not among them: Prometheus loads every file of the rules directory. */
    static final Path RULE_TESTS = Path.of("..", "deploy", "prometheus", "tests", "estatecare-alerts.test.yml");
    static final Path RUNBOOKS = Path.of("..", "docs", "runbooks");
    /** Where runbook_url points: the runbook's file in the repository, browsable on GitHub. */
    static final String RUNBOOK_URL = "https://github.com/estatecare/estatecare/blob/main/docs/runbooks/";
    /** The runbooks' index, the one file of docs/runbooks that is no alert's. */
    static final String RUNBOOK_INDEX = "README.md";
    static final List<String> RUNBOOK_SECTIONS = List.of("Symptom", "Impact", "Checks", "Fix");
    static final Path KIT_DEFAULTS = Path.of("..", "services", "platform-kit", "src", "main", "resources",
            "estatecare-defaults.properties");
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final Set<String> SEVERITIES = Set.of("warning", "critical");
    /** An aggregation and its grouping clause, if any: {@code max by (namespace, job) (}. */
    static final Pattern AGGREGATION = Pattern.compile(
            "\\b(sum|min|max|avg|group|stddev|stdvar|count|count_values|bottomk|topk|quantile|limitk|limit_ratio)"
                    + "\\s*(?:(by|without)\\s*\\(([^)]*)\\))?\\s*\\(");
    static final Pattern NAMESPACE_MATCHER = Pattern.compile("namespace=\"([^\"]+)\"");
    static final long PROMTOOL_TIMEOUT_SECONDS = 120;
    static final Path REALM = Path.of("..", "deploy", "keycloak", "estatecare-realm.json");
    /** A kubectl logs command that reads the pods of a label selector. */
    static final Pattern LOGS_BY_SELECTOR = Pattern.compile("kubectl\\b.*\\blogs\\b.*(\\s-l\\s|\\s-l=|--selector)");
    static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^\\s*```[a-z]*$(.*?)^\\s*```$");

    @Test
    void promtoolChecksTheRules() throws Exception {
        Path promtool = SystemTools.require("promtool", "prometheus");
        Outcome check = run(promtool.toString(), "check", "rules", RULES.toString());
        assertThat(check.exitCode()).as("promtool check rules %s:%n%s", RULES, check.output()).isZero();
    }

    @Test
    void promtoolUnitTestsOfTheRulesPass() throws Exception {
        Path promtool = SystemTools.require("promtool", "prometheus");
        // rule_files in the test file are resolved against the test file's directory
        Outcome test = run(promtool.toString(), "test", "rules", RULE_TESTS.toString());
        assertThat(test.exitCode()).as("promtool test rules %s:%n%s", RULE_TESTS, test.output()).isZero();
    }

    @Test
    void everyAlertHasSeverityAnnotationsAndADuration() {
        List<JsonNode> alerts = alerts();
        assertThat(alerts).as("alerts in %s", RULES).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asString();
            softly.assertThat(alert.path("expr").asString()).as("%s: expr", name).isNotBlank();
            softly.assertThat(alert.has("for")).as("%s: has for:", name).isTrue();
            softly.assertThat(alert.path("labels").path("severity").asString()).as("%s: severity", name)
                    .isIn(SEVERITIES);
            JsonNode annotations = alert.path("annotations");
            softly.assertThat(annotations.path("summary").asString()).as("%s: summary", name).isNotBlank();
            softly.assertThat(annotations.path("description").asString()).as("%s: description", name).isNotBlank();
            softly.assertThat(annotations.path("runbook_url").asString()).as("%s: runbook_url", name)
                    .isEqualTo(RUNBOOK_URL + name + ".md");
            // two environments in one Prometheus: the notification says which one
            softly.assertThat(annotations.path("summary").asString()).as("%s: summary names the namespace", name)
                    .contains("$labels.namespace");
            softly.assertThat(annotations.path("description").asString()).as("%s: description names the namespace", name)
                    .contains("$labels.namespace");
        }
        softly.assertAll();
    }

    /** Every alert's runbook_url leads to its own file with the four sections, and Checks gives commands. */
    @Test
    void everyAlertHasItsOwnRunbook() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode alert : alerts()) {
            String name = alert.path("alert").asString();
            Path runbook = RUNBOOKS.resolve(name + ".md");
            softly.assertThat(runbook).as("runbook of %s", name).isRegularFile();
            if (!Files.isRegularFile(runbook)) {
                continue;
            }
            String text = Files.readString(runbook, StandardCharsets.UTF_8);
            softly.assertThat(text.lines().findFirst().orElse("")).as("%s: title", runbook).isEqualTo("# " + name);
            Map<String, String> sections = sections(text);
            softly.assertThat(List.copyOf(sections.keySet())).as("%s: its sections, in order", runbook)
                    .containsSubsequence(RUNBOOK_SECTIONS);
            for (String section : RUNBOOK_SECTIONS) {
                softly.assertThat(sections.getOrDefault(section, "")).as("%s: section %s", runbook, section).isNotBlank();
            }
            softly.assertThat(sections.getOrDefault("Checks", "")).as("%s: Checks has commands or queries to run", runbook)
                    .containsPattern("(?m)^\\s*```(bash|promql)$");
        }
        softly.assertAll();
    }

    /** No runbook without its alert (a renamed or removed alert leaves none behind), and the index lists them all. */
    @Test
    void everyRunbookBelongsToAnAlert() throws IOException {
        Set<String> names = new TreeSet<>(alerts().stream().map(alert -> alert.path("alert").asString()).toList());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(RUNBOOKS)) {
            list.map(file -> file.getFileName().toString()).forEach(files::add);
        }
        files.remove(RUNBOOK_INDEX);
        assertThat(files).as("files of %s besides %s: one <alert>.md per alert", RUNBOOKS, RUNBOOK_INDEX)
                .isEqualTo(new TreeSet<>(names.stream().map(name -> name + ".md").toList()));
        String index = Files.readString(RUNBOOKS.resolve(RUNBOOK_INDEX), StandardCharsets.UTF_8);
        SoftAssertions softly = new SoftAssertions();
        for (String name : names) {
            softly.assertThat(index).as("%s links the runbook of %s", RUNBOOK_INDEX, name).contains("(" + name + ".md)");
        }
        // the runbooks reach each component's actuators on its management port: the ports they list are the real ones
        for (Deployable deployable : Manifest.deployables()) {
            softly.assertThat(index).as("%s lists the management port of %s", RUNBOOK_INDEX, deployable.name())
                    .containsPattern("\\b" + Pattern.quote(deployable.name()) + "\\s+" + deployable.managementPort() + "\\b");
        }
        softly.assertAll();
    }

    /**
     * The dead-letter runbook replays with the endpoint every service has: a port-forward to the component's
     * management Service, {@code GET /actuator/deadletters} to see what waits, then {@code POST
     * /actuator/deadletters/<topic>}, both with a district administrator's token; and the services expose
     * that endpoint.
     */
    @Test
    void theDeadLetterRunbookReplaysThroughTheManagementPort() throws IOException {
        String runbook = Files.readString(RUNBOOKS.resolve("EstateCareEventsDeadLettered.md"), StandardCharsets.UTF_8);
        String fix = sections(runbook).getOrDefault("Fix", "");
        String checks = sections(runbook).getOrDefault("Checks", "");
        assertThat(checks).contains("kubectl -n \"$NS\" port-forward")
                .contains("app.kubernetes.io/component=management")
                .contains("curl -s -H \"Authorization: Bearer $ADMIN\" \"http://127.0.0.1:$MGMT/actuator/deadletters\"");
        assertThat(fix)
                .contains("curl -s -X POST -H \"Authorization: Bearer $ADMIN\" \"http://127.0.0.1:$MGMT/actuator/deadletters/$TOPIC\"");
        Properties defaults = new Properties();
        try (var in = Files.newBufferedReader(KIT_DEFAULTS, StandardCharsets.UTF_8)) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("management.endpoints.web.exposure.include", "").split(","))
                .as("actuators every service exposes (%s)", KIT_DEFAULTS).contains("deadletters");
    }

    /**
     * kubectl logs with a selector returns 10 lines per pod unless told otherwise, and follows at most 5 pods:
     * every such command in the runbooks says how many lines it wants and allows the pods a component can have.
     */
    @Test
    void runbookLogCommandsReadEveryPodTheySelectAndSayHowManyLines() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        int commands = 0;
        try (Stream<Path> list = Files.list(RUNBOOKS)) {
            for (Path runbook : list.sorted().toList()) {
                for (String line : Files.readAllLines(runbook, StandardCharsets.UTF_8)) {
                    if (LOGS_BY_SELECTOR.matcher(line).find()) {
                        commands++;
                        softly.assertThat(line).as("%s", runbook.getFileName()).containsPattern("--tail=(-1|[0-9]+)\\b")
                                .contains("--max-log-requests=20");
                    }
                }
            }
        }
        softly.assertThat(commands).as("log commands by selector in the runbooks").isPositive();
        softly.assertAll();
    }

    /** A planned uninstall leaves EstateCareScrapeTargetMissing firing for a day: its runbook silences it that long. */
    @Test
    void theScrapeTargetRunbookSilencesAPlannedUninstallForTheDayTheAlertLasts() throws IOException {
        String fix = sections(Files.readString(RUNBOOKS.resolve("EstateCareScrapeTargetMissing.md"), StandardCharsets.UTF_8))
                .getOrDefault("Fix", "");
        assertThat(fix).contains("amtool --alertmanager.url=").contains("silence add")
                .contains("alertname=EstateCareScrapeTargetMissing namespace=\"$NS\"");
        Matcher duration = Pattern.compile("--duration=([0-9]+)h").matcher(fix);
        assertThat(duration.find()).as("the silence's duration").isTrue();
        assertThat(Integer.parseInt(duration.group(1))).as("hours silenced: the rule remembers a target for [1d]")
                .isGreaterThanOrEqualTo(24);
        assertThat(alerts().stream().filter(a -> a.path("alert").asString().equals("EstateCareScrapeTargetMissing"))
                .findFirst().orElseThrow().path("expr").asString()).contains("[1d]");
    }

    /**
     * The runbooks' administrator token: in production by client credentials of the realm's confidential
     * estatecare-operations client, whose service account is a district administrator and whose secret the
     * realm as shipped does not hold; the password grant of estatecare-cli only against the local stack.
     */
    @Test
    void theRunbooksTakeTheAdministratorsTokenFromTheOperationsClientAndNoPasswordInProduction() throws IOException {
        String index = Files.readString(RUNBOOKS.resolve(RUNBOOK_INDEX), StandardCharsets.UTF_8);
        assertThat(index).contains("curl -s -u \"estatecare-operations:$OPS_SECRET\" -d grant_type=client_credentials "
                + "\"$KC/protocol/openid-connect/token\"");
        Matcher blocks = FENCED_BLOCK.matcher(index);
        int passwordGrants = 0;
        while (blocks.find()) {
            if (blocks.group(1).contains("grant_type=password")) {
                passwordGrants++;
                assertThat(blocks.group(1)).as("a password grant, on the local stack only").contains("KC=http://127.0.0.1:8180/")
                        .contains("client_id=estatecare-cli");
            }
        }
        assertThat(passwordGrants).as("the local stack's way").isEqualTo(1);

        JsonNode realm = tools.jackson.databind.json.JsonMapper.builder().build().readTree(REALM.toFile());
        JsonNode client = null;
        for (JsonNode candidate : realm.path("clients")) {
            if (candidate.path("clientId").asString().equals("estatecare-operations")) {
                client = candidate;
            }
        }
        assertThat(client).as("estatecare-operations in %s", REALM).isNotNull();
        assertThat(client.path("publicClient").asBoolean(true)).as("confidential").isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).as("client credentials").isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(client.has("secret")).as("Keycloak generates its secret on import").isFalse();
        boolean districtAdmin = false;
        for (JsonNode user : realm.path("users")) {
            if (user.path("serviceAccountClientId").asString().equals("estatecare-operations")) {
                for (JsonNode role : user.path("realmRoles")) {
                    districtAdmin |= role.asString().equals("district-admin");
                }
            }
        }
        assertThat(districtAdmin).as("its service account is a district administrator").isTrue();
    }

    /**
     * Two environments in one Prometheus stay apart: every aggregation groups by the namespace (and none
     * drops it), so no alert adds, hides or mixes one namespace's series with another's.
     */
    @Test
    void everyAggregationKeepsTheNamespace() {
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode alert : alerts()) {
            String name = alert.path("alert").asString();
            Matcher aggregation = AGGREGATION.matcher(alert.path("expr").asString());
            while (aggregation.find()) {
                List<String> labels = aggregation.group(3) == null ? List.of()
                        : List.of(aggregation.group(3).trim().split("\\s*,\\s*"));
                softly.assertThat("by".equals(aggregation.group(2)) && labels.contains("namespace"))
                        .as("%s: %s… groups by (namespace, …)", name, aggregation.group()).isTrue();
            }
        }
        softly.assertAll();
    }

    @Test
    void alertNamesAreUnique() {
        List<String> names = alerts().stream().map(alert -> alert.path("alert").asString()).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyAlertIsTestedFiringAndNotFiring() {
        JsonNode tests = YAML.readTree(RULE_TESTS.toFile()).path("tests");
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (JsonNode test : tests) {
            for (JsonNode ruleTest : test.path("alert_rule_test")) {
                String name = ruleTest.path("alertname").asString();
                JsonNode expected = ruleTest.path("exp_alerts");
                if (expected.isArray() && !expected.isEmpty()) {
                    firing.add(name);
                } else {
                    quiet.add(name);
                }
            }
        }
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode alert : alerts()) {
            String name = alert.path("alert").asString();
            softly.assertThat(firing).as("%s has a test case in %s where it fires", name, RULE_TESTS).contains(name);
            softly.assertThat(quiet).as("%s has a test case in %s where it does not fire", name, RULE_TESTS)
                    .contains(name);
        }
        softly.assertAll();
    }

    /**
     * For every alert, a unit test whose series span two namespaces or more and where it fires in some of
     * them only: the other namespace's series neither fire it nor hide it. Every expected alert names its
     * namespace (promtool compares the whole label set, so the rule keeps the label).
     */
    @Test
    void everyAlertIsTestedInTwoNamespacesKeptApart() {
        Set<String> keptApart = new TreeSet<>();
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode test : YAML.readTree(RULE_TESTS.toFile()).path("tests")) {
            Set<String> namespaces = new TreeSet<>();
            for (JsonNode series : test.path("input_series")) {
                Matcher namespace = NAMESPACE_MATCHER.matcher(series.path("series").asString());
                if (namespace.find()) {
                    namespaces.add(namespace.group(1));
                }
            }
            for (JsonNode ruleTest : test.path("alert_rule_test")) {
                String name = ruleTest.path("alertname").asString();
                Set<String> firingIn = new TreeSet<>();
                for (JsonNode expected : ruleTest.path("exp_alerts")) {
                    String namespace = expected.path("exp_labels").path("namespace").asString();
                    softly.assertThat(namespace).as("%s in test '%s' at %s: the namespace it fires in", name,
                            test.path("name").asString(), ruleTest.path("eval_time").asString()).isNotBlank();
                    firingIn.add(namespace);
                }
                if (!firingIn.isEmpty() && namespaces.size() >= 2 && namespaces.containsAll(firingIn)
                        && firingIn.size() < namespaces.size()) {
                    keptApart.add(name);
                }
            }
        }
        for (JsonNode alert : alerts()) {
            String name = alert.path("alert").asString();
            softly.assertThat(keptApart).as("%s has a test in %s with two namespaces where it fires in one only", name,
                    RULE_TESTS).contains(name);
        }
        softly.assertAll();
    }

    /** Every alerting rule (not recording rules) of every group. */
    static List<JsonNode> alerts() {
        JsonNode groups = YAML.readTree(RULES.toFile()).path("groups");
        assertThat(groups.isArray()).as("%s has groups", RULES).isTrue();
        List<JsonNode> alerts = new ArrayList<>();
        for (JsonNode group : groups) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("alert")) {
                    alerts.add(rule);
                }
            }
        }
        return alerts;
    }

    /** The runbook's level-2 sections by heading, in order, each with its text up to the next one. */
    static Map<String, String> sections(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\\R")) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, body.toString());
                }
                heading = line.substring(3).trim();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, body.toString());
        }
        return sections;
    }

    record Outcome(int exitCode, String output) {
    }

    /** Runs a command with a bounded wait; output and errors together. */
    static Outcome run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("promtool", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(PROMTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("%s did not finish within %ds", String.join(" ", command), PROMTOOL_TIMEOUT_SECONDS);
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

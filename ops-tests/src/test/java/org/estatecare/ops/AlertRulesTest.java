package org.estatecare.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.SoftAssertions;
import org.estatecare.testing.SystemTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Prometheus alert rules: promtool accepts them and their unit tests pass; every alert says how
 * bad it is (severity), what happened (summary, description) and where to read what to do (runbook),
 * and is tested both firing and not firing.
 */
class AlertRulesTest {

    static final Path RULES_DIR = Path.of("..", "deploy", "prometheus", "rules");
    static final Path RULES = RULES_DIR.resolve("estatecare-alerts.yml");
    /** Beside the rules, not among them: Prometheus loads every file of the rules directory. */
    static final Path RULE_TESTS = Path.of("..", "deploy", "prometheus", "tests", "estatecare-alerts.test.yml");
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final Set<String> SEVERITIES = Set.of("warning", "critical");
    static final long PROMTOOL_TIMEOUT_SECONDS = 120;

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
            softly.assertThat(annotations.path("runbook").asString()).as("%s: runbook", name)
                    .startsWith("https://github.com/estatecare/estatecare#");
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

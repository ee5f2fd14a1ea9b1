package org.estatecare.architecture.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates {@code docs/rules.md}, the index from every rule of the policy to the main classes that
 * decide it and the tests that prove it, and fails when a rule outside the not-yet list lacks either,
 * when a test cites a rule another way than its display name or an id the policy lacks, and when the
 * page is stale. {@code -Drules.update=true} writes the page instead of comparing it.
 */
class RuleIndexTest {

    static final String REGENERATE = "./mvnw -pl architecture-tests -am verify -DskipTests -Drules.update=true";
    static final String PAGE = "docs/rules.md";

    /**
     * Rules whose service or capability is not built yet, and why. It may only shrink: a rule that gains
     * a class and a test must leave it, and a rule the page shows as implemented cannot come back.
     */
    static final Map<String, String> NOT_YET_IMPLEMENTED = Map.ofEntries();

    private static Workspace workspace;
    private static Policy policy;
    private static RuleIndex index;

    @BeforeAll
    static void readTheTree() {
        workspace = Workspace.find();
        policy = Policy.read(workspace.root());
        assertThat(policy.rules()).as("rules read from %s", policy.file()).isNotEmpty();
        index = RuleIndex.build(policy, workspace);
        assertThat(index.unbuilt())
                .as("compiled classes missing (a module not built yet): build the tree first, e.g. %s", REGENERATE)
                .isEmpty();
    }

    @Test
    void everyRuleOutsideTheNotYetListHasAClassAndATest() {
        List<String> missing = new ArrayList<>();
        for (Policy.Rule rule : policy.rules()) {
            if (NOT_YET_IMPLEMENTED.containsKey(rule.id())) {
                continue;
            }
            if (index.implementationsOf(rule.id()).isEmpty()) {
                missing.add(rule.id() + ": no main class is annotated @Implements(\"" + rule.id() + "\")");
            }
            if (index.citationsOf(rule.id()).isEmpty()) {
                missing.add(rule.id() + ": no test cites it in its @DisplayName");
            }
        }
        assertThat(missing)
                .as("every rule of the policy has the class that decides it and a test that proves it; a rule whose "
                        + "capability is not built belongs in NOT_YET_IMPLEMENTED only if it never was")
                .isEmpty();
    }

    @Test
    void theNotYetListOnlyShrinks() throws IOException {
        assertThat(NOT_YET_IMPLEMENTED.keySet()).as("ids in NOT_YET_IMPLEMENTED that the policy does not have")
                .allMatch(policy::knows);
        List<String> done = NOT_YET_IMPLEMENTED.keySet().stream()
                .filter(rule -> !index.implementationsOf(rule).isEmpty() && !index.citationsOf(rule).isEmpty())
                .toList();
        assertThat(done).as("these rules have a class and a test now: remove them from NOT_YET_IMPLEMENTED and %s",
                REGENERATE).isEmpty();
        assertThat(movedBack(currentPage())).as("rules the page shows as implemented cannot go back to the not-yet list")
                .isEmpty();
    }

    @Test
    void testsCiteRulesOnlyInTheirDisplayNameAndOnlyRulesOfThePolicy() {
        assertThat(index.problems()).as("a rule is cited only as its id in a test's @DisplayName (a jqwik property's "
                + "@Label), and only ids of %s", policy.file().getFileName()).isEmpty();
    }

    @Test
    void thePageIsCurrent() throws IOException {
        String rendered = index.render(NOT_YET_IMPLEMENTED, REGENERATE);
        Path page = workspace.root().resolve(PAGE);
        if (Boolean.getBoolean("rules.update")) {
            Set<String> movedBack = movedBack(currentPage());
            assertThat(movedBack).as("rules the page shows as implemented cannot go back to the not-yet list; "
                    + "the page is left as it was").isEmpty();
            Files.writeString(page, rendered, StandardCharsets.UTF_8);
            return;
        }
        String committed = currentPage();
        assertThat(committed).as("%s is missing: generate it with %s", PAGE, REGENERATE).isNotEmpty();
        if (!committed.equals(rendered)) {
            throw new AssertionError(PAGE + " is stale (" + firstDifference(committed, rendered) + "): regenerate it with "
                    + REGENERATE);
        }
    }

    private static String currentPage() throws IOException {
        Path page = workspace.root().resolve(PAGE);
        return Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    }

    private static final Pattern RULE_HEADING = Pattern.compile("(?m)^### (R-[A-Z]+-[0-9]+)$");

    /** Rules in the not-yet list now that the committed page shows as implemented. */
    private static Set<String> movedBack(String committed) {
        int notYetAt = committed.indexOf("\n## Not yet implemented");
        String implementedPart = notYetAt < 0 ? committed : committed.substring(0, notYetAt);
        Set<String> movedBack = new TreeSet<>();
        Matcher heading = RULE_HEADING.matcher(implementedPart);
        while (heading.find()) {
            if (NOT_YET_IMPLEMENTED.containsKey(heading.group(1))) {
                movedBack.add(heading.group(1));
            }
        }
        return movedBack;
    }

    private static String firstDifference(String committed, String rendered) {
        String[] was = committed.split("\n", -1);
        String[] is = rendered.split("\n", -1);
        for (int i = 0; i < Math.max(was.length, is.length); i++) {
            String a = i < was.length ? was[i] : "<end>";
            String b = i < is.length ? is[i] : "<end>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": page has \"" + a + "\", the tree gives \"" + b + "\"";
            }
        }
        return "line endings";
    }
}

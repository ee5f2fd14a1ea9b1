package org.estatecare.architecture.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules of the policy, in its order, each with the section it stands in and its one-line text. */
record Policy(Path file, List<Rule> rules) {

    /** A rule id as the policy writes it. */
    static final Pattern RULE_ID = Pattern.compile("R-[A-Z]+-[0-9]+");
    /** Anything that looks like an attempt at a rule id, well written or not ({@code R-EXIT1}, {@code R-exit-1}). */
    static final Pattern RULE_ID_LIKE = Pattern.compile("\\bR-[A-Za-z]+-?[0-9]+\\b");

    private static final Pattern SECTION = Pattern.compile("^## (.+)$");
    private static final Pattern RULE = Pattern.compile("^- \\*\\*(R-[A-Z]+-[0-9]+)\\*\\* (.+)$");

    record Rule(String id, String section, String text) {
    }

    /** The policy as the repository keeps it ({@code docs/POLICY.md}), or where {@code rules.policy} says. */
    static Policy read(Path repositoryRoot) {
        String override = System.getProperty("rules.policy");
        Path file = override != null && !override.isBlank() ? Path.of(override)
                : repositoryRoot.resolve("docs/POLICY.md");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the policy is read from docs/POLICY.md (or -Drules.policy=…): not found at "
                    + file);
        }
        try {
            return parse(file, Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Policy parse(Path file, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        String section = "";
        for (String line : lines) {
            Matcher heading = SECTION.matcher(line);
            if (heading.matches()) {
                section = heading.group(1).trim();
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (rule.matches()) {
                rules.add(new Rule(rule.group(1), section, rule.group(2).trim()));
            }
        }
        return new Policy(file, List.copyOf(rules));
    }

    Map<String, Rule> byId() {
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        return byId;
    }

    boolean knows(String id) {
        return rules.stream().anyMatch(rule -> rule.id().equals(id));
    }

    /** The ids cited in a text, in order of first appearance. */
    static List<String> idsIn(String text) {
        return RULE_ID.matcher(text).results().map(MatchResult::group).distinct().toList();
    }

    /** Rule-like words in a text that are not rules of this policy (misspelt or unknown ids). */
    Set<String> unknownIdsIn(String text) {
        return RULE_ID_LIKE.matcher(text).results().map(MatchResult::group)
                .filter(id -> !knows(id)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A rule id spelt as a Java name would spell it, for any family of the policy: {@code R_AGR_2},
     * {@code rAgr2}, {@code R_AGR2}.
     */
    Pattern idInJavaName() {
        String families = rules.stream().map(rule -> rule.id().split("-")[1]).distinct().collect(Collectors.joining("|"));
        return Pattern.compile("(?i)(?:^|_|(?<=[a-z0-9]))R_?(?:" + families + ")_?[0-9]+(?=$|_|[A-Z])");
    }
}

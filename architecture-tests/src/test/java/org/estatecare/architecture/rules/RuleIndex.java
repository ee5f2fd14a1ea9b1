package org.estatecare.architecture.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.estatecare.kit.domain.Implements;

/**
 * Rule → the main classes that decide it → the tests that prove it, read from compiled classes: the
 * {@link Implements} annotation of main classes, and the display name of test methods
 * ({@code @DisplayName}, or {@code @Label} for jqwik properties, which is jqwik's display name).
 */
final class RuleIndex {

    static final String IMPLEMENTS = Implements.class.getName();
    static final String DISPLAY_NAME = "org.junit.jupiter.api.DisplayName";
    static final String JQWIK_LABEL = "net.jqwik.api.Label";

    /** A main class naming a rule it decides. */
    record Implementation(String rule, String className, String module, Optional<Path> source) {

        String simpleName() {
            return RuleIndex.simpleName(className);
        }
    }

    /** A test method whose display name cites a rule. */
    record Citation(String rule, String testClass, String method, String displayName, String module, Optional<Path> source) {

        String reference() {
            return RuleIndex.simpleName(testClass) + "#" + method;
        }
    }

    /** A display name or annotation that cites a rule other than the one way, or an id the policy lacks. */
    record Problem(String where, String what) {

        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    private final Policy policy;
    private final List<Implementation> implementations = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> unbuilt = new ArrayList<>();

    private RuleIndex(Policy policy) {
        this.policy = policy;
    }

    static RuleIndex build(Policy policy, Workspace workspace) {
        RuleIndex index = new RuleIndex(policy);
        for (Workspace.Module module : workspace.modules()) {
            index.readMain(module);
            index.readTests(module);
        }
        index.implementations.sort(Comparator.comparing(Implementation::rule).thenComparing(Implementation::className));
        index.citations.sort(Comparator.comparing(Citation::rule).thenComparing(Citation::module)
                .thenComparing(Citation::testClass).thenComparing(Citation::method));
        return index;
    }

    Policy policy() {
        return policy;
    }

    List<Implementation> implementations() {
        return implementations;
    }

    List<Citation> citations() {
        return citations;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Modules with sources whose compiled classes are missing: nothing can be said about them. */
    List<String> unbuilt() {
        return unbuilt;
    }

    List<Implementation> implementationsOf(String rule) {
        return implementations.stream().filter(i -> i.rule().equals(rule)).toList();
    }

    List<Citation> citationsOf(String rule) {
        return citations.stream().filter(c -> c.rule().equals(rule)).toList();
    }

    private void readMain(Workspace.Module module) {
        if (!module.hasJava(module.mainSources())) {
            return;
        }
        if (!Files.isDirectory(module.mainClasses())) {
            unbuilt.add(module.name() + "/target/classes");
            return;
        }
        for (JavaClass javaClass : Workspace.importFrom(module.mainClasses())) {
            Optional<Path> source = module.sourceOf(javaClass, module.mainSources());
            if (source.isEmpty()) {
                continue; // left behind by a class whose source is gone
            }
            javaClass.tryGetAnnotationOfType(IMPLEMENTS).ifPresent(annotation -> {
                for (String rule : textOf(annotation)) {
                    if (!policy.knows(rule)) {
                        problems.add(new Problem(javaClass.getName(), "@Implements names " + rule + ", which the policy does not have"));
                    }
                    implementations.add(new Implementation(rule, javaClass.getName(), module.name(), source));
                }
            });
        }
    }

    private void readTests(Workspace.Module module) {
        if (!module.hasJava(module.testSources())) {
            return;
        }
        if (!Files.isDirectory(module.testClasses())) {
            unbuilt.add(module.name() + "/target/test-classes");
            return;
        }
        var idInName = policy.idInJavaName();
        for (JavaClass testClass : Workspace.importFrom(module.testClasses())) {
            Optional<Path> source = module.sourceOf(testClass, module.testSources());
            if (source.isEmpty()) {
                continue;
            }
            String className = testClass.getName();
            if (idInName.matcher(testClass.getSimpleName()).find()) {
                problems.add(new Problem(className, "the class name cites a rule: cite it in the @DisplayName of its test methods"));
            }
            for (JavaAnnotation<JavaClass> annotation : testClass.getAnnotations()) {
                if (!textOf(annotation).stream().flatMap(text -> Policy.idsIn(text).stream()).toList().isEmpty()) {
                    problems.add(new Problem(className, "@" + annotation.getRawType().getSimpleName()
                            + " on the class cites a rule: cite it in the @DisplayName of the test methods that prove it"));
                }
            }
            for (JavaMethod method : testClass.getMethods()) {
                String where = simpleName(className) + "#" + method.getName();
                if (idInName.matcher(method.getName()).find()) {
                    problems.add(new Problem(where, "the method name cites a rule: the rule id belongs in @DisplayName only"));
                }
                for (JavaAnnotation<JavaMethod> annotation : method.getAnnotations()) {
                    String type = annotation.getRawType().getName();
                    List<String> texts = textOf(annotation);
                    if (type.equals(DISPLAY_NAME) || type.equals(JQWIK_LABEL)) {
                        String displayName = texts.get(0);
                        policy.unknownIdsIn(displayName).forEach(id -> problems.add(
                                new Problem(where, "@DisplayName cites " + id + ", which the policy does not have")));
                        for (String rule : Policy.idsIn(displayName)) {
                            if (policy.knows(rule)) {
                                citations.add(new Citation(rule, className, method.getName(), displayName, module.name(), source));
                            }
                        }
                    } else if (texts.stream().anyMatch(text -> !Policy.idsIn(text).isEmpty())) {
                        problems.add(new Problem(where, "@" + annotation.getRawType().getSimpleName()
                                + " cites a rule: the rule id belongs in @DisplayName only"));
                    }
                }
            }
        }
    }

    /** Every text an annotation holds, in its value and other properties. */
    private static List<String> textOf(JavaAnnotation<?> annotation) {
        List<String> texts = new ArrayList<>();
        Object value = annotation.get("value").orElse(null);
        addTexts(texts, value);
        annotation.getProperties().forEach((name, other) -> {
            if (!name.equals("value")) {
                addTexts(texts, other);
            }
        });
        return texts;
    }

    private static void addTexts(List<String> texts, Object value) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof Object[] values) {
            for (Object each : values) {
                addTexts(texts, each);
            }
        }
    }

    /** {@code org.x.Outer$Inner} → {@code Outer.Inner}. */
    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    // ---- the page ----------------------------------------------------------------------------------

    /** Renders the page; {@code notYet} maps each rule of the not-yet list to why it is there. */
    String render(Map<String, String> notYet, String regenerate) {
        Map<String, Policy.Rule> rules = policy.byId();
        List<Policy.Rule> done = rules.values().stream().filter(r -> !notYet.containsKey(r.id())).toList();
        StringBuilder page = new StringBuilder();
        page.append("# Rule index\n\n");
        page.append("<!-- Generated by RuleIndexTest (architecture-tests); do not edit by hand. -->\n\n");
        page.append("Every rule of the policy ([POLICY.md](POLICY.md)) → the main classes that decide it → the tests that\n")
                .append("prove it. Code names the rules it decides with `@Implements({\"R-…\"})` (`org.estatecare.kit.domain`);\n")
                .append("a test cites a rule only as the rule id in its `@DisplayName` (for a jqwik property, its `@Label`),\n")
                .append("e.g. `@DisplayName(\"R-EXIT-1: …\")`. The build fails when a rule outside the not-yet list has no\n")
                .append("class or no test, when a test cites a rule another way or an id the policy lacks, and when this\n")
                .append("page is stale. Regenerate it with\n\n")
                .append("```\n").append(regenerate).append("\n```\n\n");
        page.append(String.format("%d rules: %d implemented and tested, %d [not yet implemented](#not-yet-implemented).%n%n",
                rules.size(), done.size(), notYet.size()));

        page.append("| Rule | Classes | Tests |\n|---|---:|---:|\n");
        for (Policy.Rule rule : done) {
            page.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase()).append(") | ")
                    .append(implementationsOf(rule.id()).size()).append(" | ").append(citationsOf(rule.id()).size()).append(" |\n");
        }

        String section = null;
        for (Policy.Rule rule : done) {
            if (!rule.section().equals(section)) {
                section = rule.section();
                page.append("\n## ").append(section).append("\n");
            }
            page.append("\n### ").append(rule.id()).append("\n\n").append(rule.text()).append("\n");
            renderCode(page, rule.id(), "Code");
            renderTests(page, rule.id(), "Tests");
        }

        page.append("\n## Not yet implemented\n\n")
                .append("Rules whose service or capability is not built yet. This list may only shrink: when a rule gains\n")
                .append("a class and a test, the build asks for it to leave the list.\n");
        for (Policy.Rule rule : rules.values()) {
            if (!notYet.containsKey(rule.id())) {
                continue;
            }
            page.append("\n### ").append(rule.id()).append("\n\n").append(rule.text()).append("\n\n")
                    .append("Not yet: ").append(notYet.get(rule.id())).append("\n");
            renderCode(page, rule.id(), "Code so far");
            renderTests(page, rule.id(), "Tests so far");
        }
        return page.toString();
    }

    private void renderCode(StringBuilder page, String rule, String title) {
        List<Implementation> code = implementationsOf(rule);
        if (code.isEmpty()) {
            return;
        }
        page.append("\n").append(title).append(":\n");
        for (Implementation implementation : code) {
            page.append("- ").append(link(implementation.simpleName(), implementation.source()))
                    .append(" — ").append(implementation.module()).append("\n");
        }
    }

    private void renderTests(StringBuilder page, String rule, String title) {
        List<Citation> tests = citationsOf(rule);
        if (tests.isEmpty()) {
            return;
        }
        page.append("\n").append(title).append(":\n");
        for (Citation citation : tests) {
            page.append("- ").append(link(citation.reference(), citation.source())).append(" — ")
                    .append(escape(citation.displayName())).append("\n");
        }
    }

    private static String link(String text, Optional<Path> source) {
        String code = "`" + text + "`";
        return source.map(path -> "[" + code + "](../" + path.toString().replace('\\', '/') + ")").orElse(code);
    }

    /** Display names are plain text; keep Markdown from reading them as markup. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
                .replace("[", "\\[").replace("`", "\\`").replace("\n", " ");
    }
}

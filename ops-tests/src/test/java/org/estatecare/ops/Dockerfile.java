package org.estatecare.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Dockerfile read as Docker reads it, as far as the checks need: its stages, their instructions
 * (comments dropped, continuation lines joined), shell words and {@code ${VARIABLE}} substitution from
 * the build arguments and the environment a stage sets. The tests take what the image does from here
 * instead of repeating it.
 */
record Dockerfile(List<Instruction> instructions, List<Stage> stages) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern OPTION = Pattern.compile("--([a-z-]+)=(\\S+)");

    /** One instruction: its keyword in upper case and the rest of the line. */
    record Instruction(String keyword, String arguments) {
    }

    /** One stage: FROM to the next FROM. */
    record Stage(String name, String base, List<Instruction> instructions) {

        /** The arguments of every instruction of one kind (RUN, COPY ...), in order. */
        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        /** The last instruction of one kind (the one Docker applies for USER, WORKDIR, ENTRYPOINT, HEALTHCHECK). */
        String last(String keyword) {
            List<String> all = all(keyword);
            if (all.isEmpty()) {
                throw new AssertionError("no " + keyword + " in stage " + name);
            }
            return all.get(all.size() - 1);
        }

        /** The stage's ARG names with their defaults (null where none is given). */
        Map<String, String> arguments() {
            Map<String, String> arguments = new LinkedHashMap<>();
            for (String arg : all("ARG")) {
                String[] nameValue = words(arg).get(0).split("=", 2);
                arguments.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : null);
            }
            return arguments;
        }

        /**
         * The environment the stage's ENV instructions set, each value substituted as Docker does: from
         * the build arguments given (over the ARG defaults) and the variables set before it.
         */
        Map<String, String> environment(Map<String, String> buildArguments) {
            Map<String, String> scope = new LinkedHashMap<>();
            arguments().forEach((name, value) -> scope.put(name, buildArguments.getOrDefault(name, value)));
            Map<String, String> environment = new LinkedHashMap<>();
            for (String env : all("ENV")) {
                for (String word : words(env)) {
                    String[] nameValue = word.split("=", 2);
                    if (nameValue.length != 2) {
                        throw new AssertionError("ENV " + env + ": only the NAME=value form is read here");
                    }
                    String value = substitute(nameValue[1], scope);
                    environment.put(nameValue[0], value);
                    scope.put(nameValue[0], value);
                }
            }
            return environment;
        }

        /** A RUN's shell command, without its --mount/--network options. */
        static String command(String run) {
            String command = run.strip();
            while (command.startsWith("--")) {
                command = command.substring(command.indexOf(' ') + 1).strip();
            }
            return command;
        }

        /** COPY --from=&lt;stage&gt; instructions as {source, destination}, in order. */
        List<List<String>> copiesFrom(String stage) {
            List<List<String>> copies = new ArrayList<>();
            for (String copy : all("COPY")) {
                List<String> words = words(copy);
                if (words.contains("--from=" + stage)) {
                    List<String> paths = words.stream().filter(w -> !w.startsWith("--")).toList();
                    copies.add(List.of(paths.get(0), paths.get(1)));
                }
            }
            return copies;
        }

        /** The HEALTHCHECK's options (interval, timeout ...) and its CMD in shell form. */
        HealthCheck healthCheck() {
            String check = last("HEALTHCHECK");
            int cmd = check.indexOf("CMD ");
            Map<String, String> options = new LinkedHashMap<>();
            Matcher option = OPTION.matcher(check.substring(0, cmd));
            while (option.find()) {
                options.put(option.group(1), option.group(2));
            }
            return new HealthCheck(options, check.substring(cmd + 4).strip());
        }

        /** ENTRYPOINT in its exec (JSON) form, the only one the image uses (signals reach the JVM). */
        List<String> entrypoint() {
            String entrypoint = last("ENTRYPOINT");
            if (!entrypoint.startsWith("[")) {
                throw new AssertionError("ENTRYPOINT in shell form: the JVM would not be PID 1 and would miss SIGTERM");
            }
            return List.of(JsonMapper.builder().build().readValue(entrypoint, String[].class));
        }
    }

    record HealthCheck(Map<String, String> options, String command) {
    }

    static Dockerfile read(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                boolean continues = trimmed.endsWith("\\");
                current.append(continues ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed).append(' ');
                if (!continues) {
                    String instruction = current.toString().strip();
                    int space = instruction.indexOf(' ');
                    instructions.add(new Instruction(instruction.substring(0, space).toUpperCase(Locale.ROOT),
                            instruction.substring(space + 1).strip()));
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Stage> stages = new ArrayList<>();
        List<Instruction> stage = null;
        String name = null;
        String base = null;
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                if (stage != null) {
                    stages.add(new Stage(name, base, List.copyOf(stage)));
                }
                List<String> words = words(instruction.arguments());
                base = words.get(0);
                name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : String.valueOf(stages.size());
                stage = new ArrayList<>();
            } else if (stage != null) {
                stage.add(instruction);
            }
        }
        if (stage != null) {
            stages.add(new Stage(name, base, List.copyOf(stage)));
        }
        return new Dockerfile(List.copyOf(instructions), List.copyOf(stages));
    }

    Stage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no stage " + name));
    }

    /** The image: the last stage. */
    Stage runtime() {
        return stages.get(stages.size() - 1);
    }

    /** The arguments of every instruction of one kind in the whole file, in order. */
    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** Shell words: split at blanks outside quotes; quotes removed, backslash escapes kept literal in single quotes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\' && i + 1 < text.length() && (quote == 0 || "\"\\$".indexOf(text.charAt(i + 1)) >= 0)) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new AssertionError("unclosed quote in: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** ${NAME} and $NAME from the given variables; an unknown one is an error, not an empty string. */
    static String substitute(String text, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String value = variables.get(name);
            if (value == null) {
                throw new AssertionError("$" + name + " has no value in: " + text);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}

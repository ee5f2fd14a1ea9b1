package org.estatecare.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.kit.security.Role;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every service's authorization matrix test shares: the outcomes, the service's endpoints as its
 * handler mapping knows them, the table as Markdown for {@code docs/}, and the check that the doc shows
 * the table as tested ({@code -Dauthorization.matrix.write=true} rewrites it).
 */
public final class AuthorizationMatrices {

    private AuthorizationMatrices() {
    }

    public enum Outcome {
        /** passes authorization (the answer may still be 2xx, 409 or 422) */
        ALLOWED("✔"),
        /** 403: the role may not do this at all */
        FORBIDDEN("403"),
        /** 404: the object is outside the caller's scope, and said not to exist */
        NOT_FOUND("404");

        private final String mark;

        Outcome(String mark) {
            this.mark = mark;
        }

        /** What an HTTP status says about authorization; null for 401 and 5xx, which no cell expects. */
        public static Outcome of(int status) {
            return switch (status) {
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                default -> status >= 500 || status == 401 ? null : ALLOWED;
            };
        }
    }

    /** One endpoint (method, path pattern) and its outcomes per role in {@link Role} order, own then other. */
    public record Line(String method, String path, Outcome[] ownOther) {

        public Line {
            if (ownOther.length != 2 * Role.values().length) {
                throw new IllegalArgumentException(method + " " + path + ": " + ownOther.length + " outcomes for "
                        + Role.values().length + " roles × own/other");
            }
        }

        public Outcome expected(Role role, boolean own) {
            return ownOther[2 * role.ordinal() + (own ? 0 : 1)];
        }

        /** "GET /api/x/{id}", without a query. */
        public String endpoint() {
            return method + " " + path.split("\\?")[0];
        }
    }

    /** Every endpoint of the service's own controllers, as "METHOD /path/{pattern}". */
    public static Set<String> endpoints(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.estatecare")) {
                info.getPatternValues().forEach(path ->
                        info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + path)));
            }
        });
        return endpoints;
    }

    /** Fails naming the endpoints without a line and the lines without an endpoint. */
    public static void assertEveryEndpointHasALine(RequestMappingHandlerMapping mappings, List<Line> lines) {
        Set<String> endpoints = endpoints(mappings);
        Set<String> rows = new TreeSet<>(lines.stream().map(Line::endpoint).toList());
        assertThat(rows).as("endpoints without a row").containsAll(endpoints);
        assertThat(endpoints).as("rows without an endpoint").containsAll(rows);
    }

    /** The table under a heading and an introduction: one row per line, one column per role, cells "own / other". */
    public static String markdown(String heading, String introduction, List<Line> lines) {
        StringBuilder md = new StringBuilder("# ").append(heading).append("\n\n").append(introduction.strip()).append("\n\n");
        md.append("| endpoint |");
        Arrays.stream(Role.values()).forEach(role -> md.append(' ').append(role.code()).append(" |"));
        md.append("\n|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (Line line : lines) {
            md.append("| `").append(line.method()).append(' ').append(line.path()).append("` |");
            for (Role role : Role.values()) {
                md.append(' ').append(line.expected(role, true).mark).append(" / ").append(line.expected(role, false).mark)
                        .append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** The doc must show {@code markdown} exactly; with {@code -Dauthorization.matrix.write=true} it is rewritten first. */
    public static void assertDocShows(Path doc, String markdown) {
        try {
            if (Boolean.getBoolean("authorization.matrix.write")) {
                Files.writeString(doc, markdown);
            }
            assertThat(doc).as(doc + " missing: run the integration tests with -Dauthorization.matrix.write=true").exists();
            assertThat(Files.readString(doc)).as(doc.getFileName() + " is out of date: run the integration tests with "
                    + "-Dauthorization.matrix.write=true").isEqualTo(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
